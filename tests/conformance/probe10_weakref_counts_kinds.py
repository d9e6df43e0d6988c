import weakref, gc
class A:
    pass
class B(A):
    pass
class C(B):
    pass
print(weakref.getweakrefcount(A), weakref.getweakrefcount(B), weakref.getweakrefcount(C), weakref.getweakrefcount(object))
def f():
    pass
r = weakref.ref(f)
print(weakref.getweakrefcount(f), r() is f)
print(gc.get_referents(r), gc.is_tracked(r))
cb = lambda ref: None
r2 = weakref.ref(f, cb)
print(len(gc.get_referents(r2)), gc.get_referents(r2)[0] is cb, gc.is_tracked(r2))
p = weakref.proxy(f)
print(weakref.getweakrefcount(f), len(weakref.getweakrefs(f)), gc.get_referents(p), gc.is_tracked(p))
a = A()
refs = [weakref.ref(a) for _ in range(3)]
print(weakref.getweakrefcount(a), refs[0] is refs[2])
refs2 = [weakref.ref(a, cb) for _ in range(3)]
print(weakref.getweakrefcount(a), refs2[0] is refs2[1])
px = [weakref.proxy(a) for _ in range(2)]
print(weakref.getweakrefcount(a), px[0] is px[1])
del refs2
print(weakref.getweakrefcount(a))
print(weakref.getweakrefcount(5), weakref.getweakrefs(5))
class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError", e)
class SlottedW:
    __slots__ = ("x", "__weakref__")
sw = SlottedW()
print(weakref.ref(sw)() is sw)
for obj in [[], {}, (), "s", 1, None, set(), frozenset(), b"", bytearray(), range(1), iter([]), A, f, gc, weakref.ref(f)]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError")
