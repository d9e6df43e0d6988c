# Probing program (issue 13, round 2): the slot wrappers and descriptor
# attributes of built-in types (object.__ne__ through a class's __eq__,
# function.__get__, property.__get__/__set__/__delete__, a member
# descriptor's __name__/__qualname__/__objclass__, int.__truediv__ and
# friends: unbound calls, bound method-wrappers, NotImplemented).
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Money) and self.v == o.v
    __hash__ = None
print(Money(1).__ne__(Money(1)), Money(1).__ne__(Money(2)), Money(1).__ne__(3))
class M:
    def method(self):
        return self
m = M()
print(M.__dict__["method"].__get__(None, M) is M.__dict__["method"])
print(M.__dict__["method"].__get__(m, M)() is m)
class Temp:
    @property
    def c(self):
        return 5
t = Temp()
print(Temp.c.__get__(t, Temp), Temp.c.__get__(None, Temp) is Temp.c)
p = property()
try:
    p.__get__(t, Temp)
except AttributeError as e:
    print("AttributeError", e)
class P:
    __slots__ = ("x", "y")
print(P.x.__name__, P.x.__objclass__ is P)
print(7 .__truediv__(2), (7).__floordiv__(2), int.__add__(1, 2), float.__mul__(2.0, 3.0))

class Q:
    class R:
        __slots__ = ("z", "__w")
print(Q.R.z.__qualname__, Q.R._R__w.__name__, Q.R._R__w)
class Half:
    def __init__(self):
        self.v = 0
    @property
    def h(self):
        return self.v
    @h.setter
    def h(self, v):
        self.v = v * 2
    @h.deleter
    def h(self):
        self.v = -1
hh = Half()
print(Half.h.__set__(hh, 4), hh.v, Half.h.__delete__(hh), hh.v)
print(type(Half.h.__set__).__name__, type(property.__set__).__name__, type(property.__get__).__name__)
for bad in [lambda: Half.h.__get__(), lambda: Half.h.__get__(None, None), lambda: Half.h.__set__(hh),
            lambda: Half.h.__delete__(), lambda: property().__set__(hh, 1), lambda: property().__delete__(hh),
            lambda: M.method.__get__(1, 2, 3)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def f(x):
    return x
print(f.__get__(7)(), f.__get__(None, int) is f, type(f.__get__).__name__)
print(int.__add__(1, 2.0), float.__mul__(2.0, "a"), int.__truediv__(7, 2), int.__rfloordiv__(7, 30))
print(float.__rtruediv__(4.0, 1), int.__floordiv__(-7, 2), float.__floordiv__(7.5, 2), float.__mod__(-7.5, 2))
for name in ["__add__", "__truediv__", "__floordiv__", "__mod__", "__neg__", "__rsub__"]:
    print(repr(getattr(int, name)), repr(getattr(float, name)))
    w = getattr(3, name)
    print(type(w).__name__, repr(w).split(" at ")[0], w.__self__, w.__name__, w.__objclass__)
print((5).__sub__(2.5), (2.5).__rsub__(5), (9).__truediv__(3), (1).__lshift__(3), True.__and__(1), True.__add__(1))
try:
    int.__add__(1.5, 2)
except TypeError as e:
    print(e)
try:
    int.__add__()
except TypeError as e:
    print(e)
try:
    (1).__add__(2, 3)
except TypeError as e:
    print(e)
print(int.__add__ is int.__add__, (1).__add__ is (1).__add__, int.__dict__["__add__"] is int.__add__)
print(object().__ne__(object()), Money(1) != Money(1), Money(1).__eq__(2), object.__ne__(Money(1), Money(2)))
