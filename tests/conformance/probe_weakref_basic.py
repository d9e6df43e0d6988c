# Probing program (issue 13): weakref.ref sharing, equality after death, unweakrefable types, hash
import weakref
class A:
    def __repr__(self): return "A()"
a = A()
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
r2 = weakref.ref(a)
print(r is r2)
r3 = weakref.ref(a, lambda x: None)
print(r3 is r, weakref.getweakrefcount(a))
print(r == r2, r == r3, hash(r) == hash(a) or True)
del a
print(r(), r3(), r == r3, r == r2)
try:
    weakref.ref(1)
except TypeError as e:
    print("TE", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TE", e)
try:
    weakref.ref("s")
except TypeError as e:
    print("TE", e)
print(weakref.getweakrefcount(1))
try:
    hash(r3)
except TypeError as e:
    print("TE", e)
