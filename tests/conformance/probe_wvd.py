# Probing program (issue 13): WeakValueDictionary methods and errors as values die
import weakref, gc
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return "V(%d)" % self.n
d = weakref.WeakValueDictionary()
vs = [V(i) for i in range(4)]
for v in vs:
    d[v.n] = v
print(len(d), sorted(d.keys()), d[2])
del vs[1]
print(len(d), sorted(d.keys()))
print(d.get(1), d.get(1, "dflt"), 1 in d, 2 in d)
try:
    d[1]
except KeyError as e:
    print("KE", e)
print(d.pop(2), len(d))
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(v.n for v in d.values()))
d.setdefault(9, vs[0])
print(sorted(d))
try:
    d["x"] = 3
except TypeError as e:
    print("TE", e)
vs.clear()
print(len(d), list(d))
