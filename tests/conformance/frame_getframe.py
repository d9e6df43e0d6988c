# sys._getframe and the f_back chain of live frames; f_locals snapshots
# (a function frame's f_locals is one dict, refreshed on each read).
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def level3():
    return [f.f_code.co_name for f in walk(sys._getframe())]
def walk(f):
    while f is not None:
        yield f
        f = f.f_back
def level2():
    return level3()
def level1():
    return level2()
print(level1())
print(where())
def caller():
    a = 1
    return where()
print(caller())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
print(sys._getframe(0) is sys._getframe())
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
def snap():
    a = 1
    fr = sys._getframe()
    d1 = fr.f_locals
    b = 2
    d2 = fr.f_locals
    del a
    d3 = fr.f_locals
    return d1 is d2, sorted(d3), d3 is d1
print(snap())
def cells(p):
    q = p + 1
    def inner():
        return p + q
    return sys._getframe().f_locals, inner
loc, inner = cells(5)
print(sorted(loc), loc["p"], loc["q"])
def free():
    v = 3
    def g():
        w = v
        return sys._getframe().f_locals
    return g()
print(free())
class C:
    x = 1
    fr = sys._getframe()
    print(sorted(k for k in fr.f_locals if not k.startswith("__")), fr.f_locals is locals())
print(sys._getframe().f_locals is globals(), sys._getframe().f_globals is globals())
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
def keep():
    x = [1, 2]
    return sys._getframe()
fr = keep()
print(fr.f_code.co_name, fr.f_locals["x"], fr.f_lineno, fr.f_back.f_code.co_name)
