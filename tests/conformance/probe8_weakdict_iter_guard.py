# Weak containers mutated while being iterated: CPython's _IterationGuard
# defers removals of dead entries; explicit mutation raises RuntimeError.
import weakref, gc
class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n
objs = [Obj(i) for i in range(6)]
wvd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
seen = []
for k in wvd:
    seen.append(k)
    if k == 1:
        objs[3] = None
        objs[4] = None
        gc.collect()
print(seen, sorted(wvd.keys()), len(wvd))
try:
    for k in wvd:
        wvd[100] = objs[0]
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(wvd.keys()))
keep = [Obj(i) for i in range(5)]
wkd = weakref.WeakKeyDictionary((o, o.n * 10) for o in keep)
vals = []
for o, v in wkd.items():
    vals.append(v)
    if v == 0:
        del keep[4]
        gc.collect()
print(sorted(vals), len(wkd))
ws = weakref.WeakSet(keep)
n = 0
for o in ws:
    n += 1
    if n == 1:
        keep.remove(o)
        gc.collect()
print(n, len(ws))
try:
    for o in ws:
        ws.add(Obj(99))
except RuntimeError as e:
    print("RuntimeError", e)
print(len(ws))
try:
    for o in ws:
        ws.discard(keep[0])
except RuntimeError as e:
    print("RuntimeError", e)
print(len(ws))
d2 = weakref.WeakValueDictionary()
tmp = Obj(7)
d2["a"] = tmp
it = iter(d2.items())
print(next(it)[0])
del tmp
gc.collect()
print(list(it), len(d2), "a" in d2)
