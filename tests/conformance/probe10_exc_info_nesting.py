import sys
def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else None, v)
show("top")
try:
    raise KeyError("outer")
except KeyError:
    show("in outer")
    try:
        raise ValueError("inner")
    except ValueError:
        show("in inner")
    show("back in outer")
show("after")
def gen():
    show("gen start")
    yield 1
    show("gen resumed")
    yield 2
g = gen()
try:
    raise IndexError("around gen")
except IndexError:
    next(g)
next(g)
try:
    raise TypeError("t")
except TypeError:
    def f():
        show("in called func")
    f()
try:
    try:
        raise ZeroDivisionError("z")
    finally:
        show("in finally")
except ZeroDivisionError:
    pass
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        show("in __exit__")
        return True
with CM():
    raise AttributeError("a")
show("end")
try:
    raise KeyError(1)
except KeyError as e:
    print(sys.exception() if hasattr(sys, "exception") else "no sys.exception", e.__traceback__.tb_next)
