# __call__ of callables: a function's, a built-in's, a bound method's and a
# type's are method-wrappers (slot wrappers of their types), callable with
# the arguments of the call; a bound method's own attributes come before
# its function's.
def f(x, y=2):
    return x + y
class C:
    def m(self, a):
        return a * 2
    def __call__(self, v):
        return ("called", v)
c = C()
print(f.__call__(1), f.__call__(1, y=5), type(f.__call__).__name__, repr(f.__call__).split(" at ")[0])
print(f.__call__.__self__ is f, f.__call__.__name__, f.__call__.__objclass__)
print(len.__call__([1, 2]), type(len.__call__).__name__, repr(len.__call__).split(" at ")[0])
print(c.m.__call__(4), type(c.m.__call__).__name__, repr(c.m.__call__).split(" at ")[0])
print(C.__call__(c, 1), c.__call__(2), type(c.__call__).__name__, type(C.__call__).__name__)
print(int.__call__("5"), type(int.__call__).__name__, C.__call__ is C.__dict__["__call__"])
print(type(C).__call__(C).__class__.__name__, type.__call__(int, "7"), type(type.__call__).__name__)
print([].append.__call__(1), type(f).__call__(f, 10), type(f).__call__, type(len).__call__)
print(callable(f.__call__), f.__call__.__call__(3), (lambda: 9).__call__())
import functools
try:
    f.__call__()
except TypeError as e:
    print(e)
try:
    type(f).__call__(1)
except TypeError as e:
    print(e)
def documented():
    "the doc"
class D:
    meth = documented
    def other(self):
        pass
d = D()
print(d.meth.__name__, d.meth.__doc__, d.meth.__qualname__, d.other.__class__.__name__, d.meth.__module__)
print(d.other.__eq__(d.other), d.other.__ne__(D().other), type(d.other.__repr__).__name__, d.other.__func__ is D.other)
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
class K(metaclass=Meta):
    def __init__(self, v=0, w=1):
        self.v = v + w
print(K(1, w=5).v, type(K.__call__).__name__, Meta.__call__ is Meta.__dict__["__call__"])
print(type.__call__(K, 2).v)
