# type.__subclasses__() after classes die: a class is in a cycle with its
# MRO, so it leaves its bases' lists at a cycle collection (excused under
# collectors without cycle collection).
import gc
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(A): pass
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()])
del D
gc.collect()
print([c.__name__ for c in B.__subclasses__()], [c.__name__ for c in C.__subclasses__()])
del C
gc.collect()
print([c.__name__ for c in A.__subclasses__()])
def make(n):
    return [type("K%d" % i, (A,), {}) for i in range(n)]
ks = make(3)
print([c.__name__ for c in A.__subclasses__()])
del ks[1]
gc.collect()
print([c.__name__ for c in A.__subclasses__()])
class F(E): pass
class G(F): pass
del E, F
gc.collect()
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in G.__mro__])
del G
gc.collect()
print([c.__name__ for c in A.__subclasses__()])
