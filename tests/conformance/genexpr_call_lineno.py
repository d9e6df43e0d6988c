# Line numbers around a generator expression passed as a call's sole
# argument: tracebacks of the call and of the generator, f_lineno inside.
import sys
def show(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__.tb_next
        out = []
        while tb:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(type(e).__name__, out)
def a():
    return sum(
        "a" for x in range(2)
    )
def b():
    return int(
        x for x in range(2))
def c():
    return dict(
        (x, y, z) for x, y, z in [(1, 2, 3)]
    )
def d():
    x = [1]
    return x.index(
        y for y in range(2)
    )
def e():
    return sys._getframe(0).f_lineno + len(
        list(y for y in range(2)))
def f():
    obj = None
    return obj.attr(
        y for y in range(2)
    )
def g():
    return (lambda: 1)(
        y for y in range(2)
    )
def h():
    return max(
        y for y in []
    )
for fn in (a, b, c, d, e, f, g, h):
    show(fn)
print(e())
def where():
    return sys._getframe(1).f_lineno
def back():
    f = sys._getframe(1)
    return (f.f_code.co_name, f.f_lineno, f.f_back.f_lineno)
print(list(sys._getframe(0).f_lineno
           for x in range(2)))
print(list(
    back()
    for x in range(2)
    if where()
))
print(list(back() for x in [1]
           for y in [where(), 2]))
g = (back()
     for x in range(3))
print(next(g))
print(next(g), [back() for z in [0]])
print(sum(1 for x in
    range(where())))
s = set(back()
        for x in [1])
print(s)
