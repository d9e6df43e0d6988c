import weakref

class A:
    __slots__ = ("x", "__weakref__")
class B(A):
    __slots__ = ("y", "__dict__")
class C:
    __slots__ = ("x",)

a = A()
print(weakref.ref(a)() is a, hasattr(a, "__dict__"))
b = B()
b.x = 1; b.y = 2; b.z = 3
print(b.__dict__, weakref.ref(b)() is b, sorted(B.__slots__))
try:
    weakref.ref(C())
except TypeError as e:
    print(e)
c = C()
try:
    c.y = 1
except AttributeError as e:
    print(e)
try:
    c.x
except AttributeError as e:
    print(e)
c.x = 5
del c.x
try:
    del c.x
except AttributeError as e:
    print(e)
try:
    class Dup:
        __slots__ = ("a", "a")
except TypeError as e:
    print(e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
try:
    class WW(A):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
class S1:
    __slots__ = "single"
print(S1.__slots__, type(S1.__dict__["single"]).__name__, S1.single.__name__)
class Priv:
    __slots__ = ("__p",)
    def __init__(self):
        self.__p = 1
print(sorted(k for k in Priv.__dict__ if "p" in k), Priv().__dict__ if hasattr(Priv(), "__dict__") else "no dict")
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class BadName:
        __slots__ = ("a b",)
except TypeError as e:
    print(e)
class E(int):
    __slots__ = ()
print(E(5) + 1, hasattr(E(1), "__dict__"))
try:
    class NonEmpty(int):
        __slots__ = ("q",)
except TypeError as e:
    print(e)
