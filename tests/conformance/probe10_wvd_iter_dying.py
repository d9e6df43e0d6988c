import weakref
class V:
    def __init__(self, n):
        self.n = n
vs = [V(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for v in vs:
    d[v.n] = v
out = []
for k in d:
    out.append(k)
    if k == 2:
        vs[4] = None
        vs[5] = None
print(out)
print(sorted(d.keys()), len(d))
vs[0] = None
print(sorted(d), 0 in d, d.get(0, "gone"))
print(sorted(v.n for v in d.values()))
try:
    d["x"] = 3
except TypeError as e:
    print("TypeError", e)
x = V(7)
print(d.setdefault("s", x).n, d.setdefault("s", V(8)).n)
del x
print("s" in d)
print(sorted(k for k, _ in d.items()))
try:
    d[99]
except KeyError as e:
    print("KeyError", e)
