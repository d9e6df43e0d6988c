d = {"a": 1, "b": 2}
for op in [lambda: d["zz"], lambda: d.pop("zz"), lambda: {}.popitem(), lambda: d[[1]],
           lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: d.update(5),
           lambda: d.update([1]), lambda: dict.fromkeys(), lambda: d.get(), lambda: d.setdefault(),
           lambda: {[]: 1}, lambda: d | [1], lambda: d.pop(), lambda: dict(1, 2),
           lambda: d.keys()[0], lambda: d.items() | 5, lambda: {1: 2} < {1: 2}]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(d.pop("zz", "dflt"), d.setdefault("c", [3]), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(zip("xy", [1, 2]), z=3))
e = d.copy()
e["a"] = 100
print(d["a"], e["a"], d == e, d != e)
print(d | {"a": 9, "q": 0}, {"q": 0} | d)
d |= [("n", 1)]
print(d, list(reversed(d)), list(reversed(d.items()))[:2])
print(d.keys() & {"a", "n"} == {"a", "n"}, sorted(d.keys() - {"a"}), d.items() >= {("a", 1)})
print(len(d), "a" in d, 1 in d.values(), ("a", 1) in d.items(), ("a", 2) in d.items())
print(d.popitem(), d.popitem(), d)
class Miss(dict):
    def __missing__(self, k):
        return k * 2
m = Miss(x=1)
print(m["x"], m["ab"], m.get("ab"), "ab" in m, m)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return "K%d" % self.v
kd = {K(i): i for i in range(6)}
print(kd, kd[K(4)], K(7) in kd)
it = iter(d)
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
dd = {1: "a"}
for k in list(dd):
    del dd[k]
    dd[k + 1] = "b"
print(dd, {True: "t", 1: "one", 1.0: "float"})
print({**{"a": 1}, "a": 2, **{"b": 3}}, dict(sorted({"b": 1, "a": 2}.items())))
print(str({}), repr({1: {2: {}}}), {(): ()}, {None: None, "s": 's"q'})
