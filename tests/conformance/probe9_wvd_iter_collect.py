import gc
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V%d" % self.n

vals = {i: V(i) for i in range(5)}
wvd = weakref.WeakValueDictionary()
for i, v in vals.items():
    wvd["k%d" % i] = v
got = []
for key in wvd:
    got.append(key)
    if key == "k1":
        del vals[3]
print(got)
print(len(wvd), sorted(wvd.keys()))
print(wvd.get("k3"), wvd.get("k0"), "k3" in wvd)
print(len(wvd.valuerefs()), sorted(r().n for r in wvd.valuerefs()))
print(sorted(wvd.itervaluerefs(), key=lambda r: r().n)[0]() is vals[0])
k, v = wvd.popitem()
print(type(k).__name__, type(v).__name__)
print(wvd.setdefault("new", vals[0]) is vals[0])
try:
    wvd["x"] = 1
except TypeError as e:
    print(e)
try:
    wvd["missing"]
except KeyError as e:
    print("KeyError", e)
vals.clear()
del v
gc.collect()
print(len(wvd), list(wvd.items()))
print(repr(wvd).startswith("<WeakValueDictionary at"))
