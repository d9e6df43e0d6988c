import weakref, gc
class Obj:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Obj({self.v})"
log = []
o = Obj(1)
r1 = weakref.ref(o, lambda r: log.append(("cb", r is r1)))
r2 = weakref.ref(o)
print(r1() is o, r2 is weakref.ref(o), r1 == r2, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
print(hash(r1) == hash(o) if False else type(r1).__name__)
del o
print(log, r1(), r2(), r1 == r2)
p_target = Obj(2)
p = weakref.proxy(p_target)
print(p.v, repr(p)[:25] if False else type(p).__name__, p.__class__.__name__)
p.v = 20
print(p_target.v, str(p), isinstance(p, Obj))
del p_target
try:
    p.v
except ReferenceError as e:
    print("ReferenceError", e)
wvd = weakref.WeakValueDictionary()
keep = [Obj(i) for i in range(5)]
for o in keep:
    wvd[o.v] = o
print(len(wvd), sorted(wvd.keys()))
del keep[1:3]
del o
print(len(wvd), sorted(wvd.keys()), wvd.get(1), 0 in wvd)
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj("a"), Obj("b")
wkd[k1] = 1
wkd[k2] = 2
del k1
print(len(wkd), list(wkd.values()))
ws = weakref.WeakSet()
items = [Obj(i) for i in range(3)]
for i in items:
    ws.add(i)
print(len(ws))
items.pop()
print(len(ws), Obj(99) in ws, items[0] in ws)
fin_log = []
class R:
    pass
robj = R()
f = weakref.finalize(robj, fin_log.append, "finalized")
print(f.alive, f.atexit)
del robj
print(fin_log, f.alive, f())
g_obj = R()
f2 = weakref.finalize(g_obj, lambda: fin_log.append("f2"))
print(f2(), f2.alive, fin_log, f2.detach())
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError", e)
m = Obj(3)
wm = weakref.WeakMethod(m.__repr__)
print(wm()(), type(wm).__name__)
del m
print(wm())
