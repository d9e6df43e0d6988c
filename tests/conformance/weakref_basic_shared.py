# weakref.ref(o) without a callback is one shared "basic" ref per object;
# refs with callbacks and refs of ref subclasses are never shared
import weakref
class A:
    pass
a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
r3 = weakref.ref(a, None)
print(r1 is r2, r1 is r3, weakref.getweakrefcount(a))
log = []
r4 = weakref.ref(a, lambda r: log.append("r4"))
r5 = weakref.ref(a, lambda r: log.append("r5"))
print(r4 is r1, r4 is r5, weakref.getweakrefcount(a))
class R(weakref.ref):
    pass
r6 = R(a)
r7 = R(a)
print(r6 is r1, r6 is r7, type(r6).__name__, r6() is a, isinstance(r6, weakref.ref))
print(weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print(refs[0] is r1, len(refs))
del r1, r2, r3
print(weakref.getweakrefcount(a))
r8 = weakref.ref(a)
print(weakref.getweakrefs(a)[0] is r8, weakref.getweakrefcount(a))
del a
print(log, r4(), r6(), r8())
b = A()
print(weakref.ref(b) is weakref.ref(b), weakref.getweakrefcount(b))
x = weakref.ref(b)
print(weakref.ref(b) is x, weakref.getweakrefcount(b))
