# sys.getsizeof of classes: CPython 3.11's type.__sizeof__ -- a built-in
# type is a PyTypeObject, a class a PyHeapTypeObject plus the shared keys
# of its instances' managed dict (a class that added __dict__ to a base
# without one, or inherits one that did).
import sys
class A: pass
class A2(A): pass
class Sl(A):
    __slots__ = ()
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('__weakref__',)
class SD:
    __slots__ = ('__dict__',)
class M(type): pass
class WithM(metaclass=M): pass
class I(int): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class F(float): pass
class E(Exception): pass
class K(KeyError): pass
class B:
    def __init__(self):
        self.x = 1
        self.y = 2
before = sys.getsizeof(B)
B()
print(before, sys.getsizeof(B))
for c in (int, type, object, list, type(None), type(len), KeyError, A, A2, Sl, S, SW, SD, M, WithM, I, T, L, D, F, E, K):
    print(c.__name__, sys.getsizeof(c), type.__sizeof__(c) + 16 == sys.getsizeof(c))
print(int.__sizeof__(5) + 0 == sys.getsizeof(5))
