# WeakValueDictionary drops entries whose value dies
import weakref
import gc
gc.disable()
class V:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(5)]
for v in vals:
    d["k" + str(v.n)] = v
print(len(d), d["k3"].n, "k4" in d, d.get("k9"))
vals.pop(3)
print(len(d), "k3" in d, d.get("k3"))
vals = vals[:2]
print(len(d), sorted(list(d.keys())))
t = V(99)
d["t"] = t
print(d.get("t").n)
del t
print(d.get("t", "gone"))
try:
    d["k2"]
except KeyError as e:
    print("KeyError:", e)
a = V("cyc")
a.self = a
d["c"] = a
del a
print("c" in d)
gc.collect()
print("c" in d, len(d))
