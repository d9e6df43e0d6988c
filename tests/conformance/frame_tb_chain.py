# A traceback's tb_next chain, one entry per frame the exception passed
# through (outermost first): each entry's frame, code name and line.
def inner(n):
    if n == 0:
        raise ValueError("deep")
    return inner(n - 1)
def middle():
    x = 10
    return inner(2)
def outer():
    try:
        middle()
    except ValueError as e:
        return e
e = outer()
tb = e.__traceback__
while tb is not None:
    fr = tb.tb_frame
    print(fr.f_code.co_name, tb.tb_lineno, fr.f_lineno, type(tb).__name__, type(fr).__name__)
    tb = tb.tb_next
tb = e.__traceback__
print(tb.tb_frame.f_back is None)
print(tb.tb_next.tb_frame.f_back is tb.tb_frame)
print(tb.tb_next.tb_next.tb_frame.f_back is tb.tb_next.tb_frame)
print(sorted(tb.tb_next.tb_frame.f_locals.items()))
print([t.tb_frame.f_locals for t in [tb.tb_next.tb_next, tb.tb_next.tb_next.tb_next]])
print(tb.tb_frame.f_globals is globals())
# a re-raise in the same frame adds a second entry for it
def reraiser():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    reraiser()
except KeyError as k:
    t = k.__traceback__
    names = []
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
# raise from inside a with block and a nested function, caught at top level
def a():
    def b():
        return 1 / 0
    return b()
try:
    a()
except ZeroDivisionError as z:
    t = z.__traceback__
    print(t.tb_frame.f_code.co_name, t.tb_frame is t.tb_next.tb_frame.f_back)
    print([x for x in sorted(t.tb_next.tb_frame.f_locals)])
print(e.__traceback__.tb_next.tb_next.tb_frame.f_code is inner.__code__)
