# The gc, weakref and sys APIs with ordinary and odd arguments (part 1)
# Each line prints one expression's repr, or the exception it raises.
import gc, weakref, sys
class O:
    def __init__(self, n=0): self.n = n
    def m(self): return self.n
    def __repr__(self): return "O(%d)" % self.n
class Sl:
    __slots__ = ("a",)
class SlW:
    __slots__ = ("a", "__weakref__")
keep = O(1)

def show(i, f):
    try:
        r = f()
        print(i, repr(r))
    except BaseException as e:
        print(i, type(e).__name__ + ':', e)

show(0, lambda: (weakref.ref(keep)() is keep, weakref.ref(keep) is weakref.ref(keep), weakref.getweakrefcount(keep)))
def _f1():
    r = weakref.ref(keep)
    r2 = weakref.ref(keep, print)
    print(r is r2, r == r2, weakref.getweakrefcount(keep), len(weakref.getweakrefs(keep)))
    return None
show(1, _f1)
show(2, lambda: (weakref.ref(Sl())))
show(3, lambda: (weakref.ref(SlW()) is not None))
show(4, lambda: (weakref.ref(1)))
show(5, lambda: (weakref.ref("s")))
show(6, lambda: (weakref.ref([])))
show(7, lambda: (weakref.ref({})))
show(8, lambda: (weakref.ref(())))
show(9, lambda: (weakref.ref(O) is not None, weakref.ref(len) is not None, weakref.ref(lambda: 0) is not None))
show(10, lambda: (weakref.ref(O().m)() is None))
show(11, lambda: (type(weakref.ref(keep, 5)).__name__))
show(12, lambda: (weakref.ref()))
show(13, lambda: (weakref.proxy(keep).n, weakref.proxy(keep).m(), repr(weakref.proxy(keep))[:11]))
def _f14():
    p = weakref.proxy(O(3))
    p.n
    return None
show(14, _f14)
show(15, lambda: (type(weakref.proxy(keep)).__name__, type(weakref.proxy(len)).__name__))
show(16, lambda: (hash(weakref.ref(keep)) == hash(keep)))
show(17, lambda: (hash(weakref.proxy(keep))))
show(18, lambda: (weakref.ref(keep) == weakref.ref(O(1))))
def _f19():
    o = O(9)
    r = weakref.ref(o)
    h = hash(r)
    del o
    print(r(), h == hash(r))
    return None
show(19, _f19)
def _f20():
    o = O(9)
    r = weakref.ref(o)
    del o
    print(hash(r))
    return None
show(20, _f20)
def _f21():
    repr(weakref.ref(O())).endswith('
    dead>')
    return None
show(21, _f21)
show(22, lambda: (weakref.getweakrefcount(1), weakref.getweakrefs(1)))
def _f23():
    wd = weakref.WeakValueDictionary()
    wd[1] = keep
    print(wd.get(1), list(wd.keys()), 1 in wd, len(wd), repr(wd)[:25])
    return None
show(23, _f23)
def _f24():
    wd = weakref.WeakValueDictionary()
    wd[1] = 5
    return None
show(24, _f24)
def _f25():
    wk = weakref.WeakKeyDictionary()
    wk[keep] = 1
    print(wk[keep], keep in wk, 5 in wk, wk.get([]), len(wk))
    return None
show(25, _f25)
show(26, lambda: (weakref.WeakKeyDictionary().get([])))
show(27, lambda: ([] in weakref.WeakKeyDictionary()))
def _f28():
    ws = weakref.WeakSet([keep])
    print(keep in ws, 1 in ws, [] in ws, len(ws), ws == weakref.WeakSet([keep]))
    return None
show(28, _f28)
show(29, lambda: (len(weakref.WeakSet([keep]) | weakref.WeakSet()), weakref.WeakSet() <= weakref.WeakSet([keep])))
show(30, lambda: (gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(()), gc.is_tracked((1, [])), gc.is_tracked(O())))
show(31, lambda: (gc.is_tracked("s"), gc.is_tracked(O), gc.is_tracked(len), gc.is_tracked(lambda: 0), gc.is_tracked(Sl()), gc.is_tracked(set()), gc.is_tracked(frozenset())))
show(32, lambda: (gc.is_tracked(iter([])), gc.is_tracked(range(3)), gc.is_tracked(iter(range(3))), gc.is_tracked(slice(1)), gc.is_tracked(b"x"), gc.is_tracked(bytearray())))
show(33, lambda: (gc.is_tracked(weakref.ref(keep)), gc.is_tracked(keep.m), gc.is_tracked(property()), gc.is_tracked(staticmethod(len)), gc.is_tracked(1.5), gc.is_tracked(None)))
show(34, lambda: (gc.get_referents(keep.m) == [keep.m.__func__, keep] or sorted(map(type, gc.get_referents(keep.m)), key=str)))
show(35, lambda: (len(gc.get_referents(O(2))), type(gc.get_referents(O(2))[0]).__name__))
show(36, lambda: (gc.get_referents([1, [2], "x"])))
show(37, lambda: (gc.get_referents((1, 2), [3])))
show(38, lambda: (gc.collect("x")))
show(39, lambda: (gc.collect(generation=1) >= 0))
