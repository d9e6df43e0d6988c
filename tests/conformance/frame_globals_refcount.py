# A frame object borrows its frame's globals, builtins and namespace while
# the frame runs (CPython 3.11): sys.getrefcount(globals()) does not move
# while a module-level frame has a frame object.
import sys

def base():
    return sys.getrefcount(globals())

def fail():
    raise ValueError("x")

def catch_inner():
    try:
        fail()
    except ValueError as e:
        return e

b = base()
try:
    fail()
except ValueError:
    print("caught at module level:", base() - b)
print("after except:", base() - b)

e = catch_inner()
print("exception kept:", base() - b)
tb = e.__traceback__
print("traceback kept:", base() - b)
del e, tb
print("dropped:", base() - b)

class Boom:
    def __del__(self):
        raise KeyError("boom")

def make_boom():
    x = Boom()
    return 1

b = base()
make_boom()
print("__del__ raised at exit:", base() - b)

b = base()
f = sys._getframe()
print("module frame kept:", base() - b)
print(f.f_globals is globals(), f.f_locals is globals(), f.f_code.co_name)
del f
print("module frame dropped:", base() - b)

def inner_frame():
    return sys._getframe()

b = base()
g = inner_frame()
print("finished function frame kept:", base() - b, g.f_globals is globals())
del g
print("finished function frame dropped:", base() - b)

def outer():
    fr = sys._getframe()
    d = sys.getrefcount(globals())
    try:
        fail()
    except ValueError as exc:
        t = exc.__traceback__
    return sys.getrefcount(globals()) - d, fr.f_back is not None

print("in a function:", outer())
b = base()
h = outer
print("function reference:", base() - b)
