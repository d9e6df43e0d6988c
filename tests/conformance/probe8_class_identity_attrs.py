class Outer:
    "Outer doc"
    class Inner:
        class Deep:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().method().__qualname__)
print(Outer.__name__, Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
print([k for k in Outer.__dict__ if not k.startswith("__") or k in ("__doc__", "__module__", "__qualname__")])
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__, repr(Outer)[:20] == "<class '__main__.Ren")
Outer.__qualname__ = "Q.Name"
print(repr(Outer), Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    Outer.__qualname__ = None
except TypeError as e:
    print("TypeError", e)
try:
    del Outer.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
o = A()
o.__class__ = B
print(o.who(), type(o).__name__, isinstance(o, B))
try:
    o.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    S1().__class__ = S2
except TypeError as e:
    print("TypeError", e)
print(A.__bases__, A.__base__, A.__mro__, type(A.__dict__).__name__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
class X:
    pass
class Y:
    pass
class Z(X):
    pass
print(Z.__mro__ == (Z, X, object), issubclass(Z, X), Z.__bases__)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(repr(type(None)), NotImplemented, Ellipsis, repr(...))
def fn():
    pass
print(fn.__qualname__, fn.__module__, type(fn).__name__, fn.__doc__)
print(int.__qualname__, int.__module__, type.__module__, object.__module__)
