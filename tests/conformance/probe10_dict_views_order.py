d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["b"] = 4
print(list(d), list(d.values()), list(d.items()))
d["a"] = 9
print(list(d))
k = d.keys()
v = d.values()
i = d.items()
d["z"] = 0
print(k, v, i, len(k), "z" in k, ("z", 0) in i, 0 in v)
print(reversed(k).__class__.__name__, list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k == {"a", "c", "b", "z"}, k - {"a"} == {"c", "b", "z"}, sorted(k | {"q"}), sorted(k ^ {"a", "q"}), k.isdisjoint({"x"}))
print(i & {("a", 9)}, sorted(i - {("a", 9)}), v == v, d.values() == d.values())
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for key in d:
        del d["new"]
except RuntimeError as e:
    print("RuntimeError", e)
d2 = {1: 1}
for key in d2:
    d2[key] = 2
print(d2)
try:
    {}.keys()[0]
except TypeError as e:
    print("TypeError", e)
print(k.mapping if hasattr(k, "mapping") else "no mapping", type(k).__name__, type(v).__name__, type(i).__name__)
e = dict.fromkeys("xyz", 0)
e.pop("y")
e["y"] = 1
print(e, {**e}, dict(e) == e, list(e.copy()))
print({1: "a", True: "b", 1.0: "c"}, {0: 1, False: 2, 0.0: 3})
it = iter(d.items())
x = next(it)
print(x, type(x).__name__)
try:
    hash(d.keys())
except TypeError as e2:
    print("TypeError", e2)
