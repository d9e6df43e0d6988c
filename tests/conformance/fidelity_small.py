# Smaller fidelity corners: gc.get_referents of an instance and of a class
# (CPython's traverse order), a class's dict keys and __weakref__, the str
# a no-op expandtabs returns
import gc
import weakref
class P:
    pass
p = P()
p.a = [1]
p.b = 2
print([type(o).__name__ for o in gc.get_referents(p)])
print([type(o).__name__ for o in gc.get_referents(P)])
print(list(P.__dict__))
print(P.__weakref__, P.__dict__['__weakref__'])
print(p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r)
class S:
    __slots__ = ('x', '__weakref__')
print(list(S.__dict__), S().__weakref__)
class Q(P):
    pass
print(list(Q.__dict__), Q.__doc__, P.__doc__)
def f():
    class Inner:
        pass
    return Inner
print(f().__qualname__, f())
print(P.__mro__ is P.__mro__, P.__bases__ is P.__bases__, Q.__mro__)
s = 'abc'
print(s.expandtabs() is s, 'a\tb'.expandtabs() == 'a       b')
