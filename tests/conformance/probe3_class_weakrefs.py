# Probing program (issue 13, round 3): the weakref a class's base keeps to it
import weakref
class A:
    pass
class B:
    pass
class C(A, B):
    pass
print(weakref.getweakrefcount(A), weakref.getweakrefcount(C), weakref.getweakrefcount(int), weakref.getweakrefcount(object))
print([r() is C for r in weakref.getweakrefs(C)])
r = weakref.ref(A)
print(weakref.getweakrefcount(A), weakref.getweakrefs(A)[0] is r)
