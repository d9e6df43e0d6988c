# An uncaught exception raised inside generators delegating with yield from,
# and traceback entries of a generator expression.
def inner(n):
    if n == 0:
        raise ValueError("bottom")
    yield n

def middle():
    yield from inner(1)
    yield from inner(0)

def consumer():
    total = 0
    for v in middle():
        total += v
    return total

def wrap():
    g = (x * 2 for x in [1, 0] if 10 // x)
    return list(g)

try:
    wrap()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
print(consumer())
