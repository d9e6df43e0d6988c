# Probing program (issue 13, round 2): WeakValueDictionary operations and entries vanishing
import weakref, gc
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V%d" % self.n
d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(5)]
for v in vals:
    d["k%d" % v.n] = v
print(len(d), sorted(d.keys()))
print(d["k2"], d.get("k9"), d.get("k9", "dflt"), "k3" in d, "zz" in d)
del vals[1]
print(len(d), "k1" in d)
x = d.pop("k0")
print(x, len(d))
print(d.setdefault("k2", V(99)), len(d))
keep = V(50)
print(d.setdefault("new", keep) is keep)
print(sorted((k, v.n) for k, v in d.items()))
c = dict(d.items())
print(type(c).__name__, len(c))
vals.clear()
print(len(d), sorted(d.keys()))
del keep
print(len(d), len(c))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d["bad"] = 5
except TypeError as e:
    print("TypeError", e)
e = weakref.WeakValueDictionary({"a": V(1)})
print(len(e))
p = V(7)
e.update({"p": p, "q": p})
print(sorted(e.keys()), list(e.values()) == [p, p])
print(len(e))
e.clear()
print(len(e), bool(e))
