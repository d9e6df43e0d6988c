# Probing program (issue 13, round 2): dict ordering, views, update forms, equality, popitem
d = {"b": 1, "a": 2, "c": 3}
del d["a"]
d["a"] = 4
print(d, list(d), list(d.values()))
d["b"] = 9
print(list(d.items()))
k = d.keys()
d["z"] = 0
print(k, len(k), "z" in k)
print(k & {"a", "q"}, sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "w"}))
print(d.items() & {("a", 4)}, ("b", 9) in d.items(), ("b", 1) in d.items())
print({1: 2, 3: 4} == {3: 4, 1: 2}, list({1: 2, 3: 4}) == list({3: 4, 1: 2}))
e = {}
e.update([("x", 1), ("y", 2)], y=3, z=4)
print(e)
e.update({"w": 0})
print(e.popitem(), e.popitem(), e)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError", err)
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("k", "v")], k="w"))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], []), {}.get(1, "x"))
f = dict.fromkeys("xy", [])
f["x"].append(1)
print(f)
print({True: "a", 1: "b", 1.0: "c"}, {0: "z", False: "f"})
try:
    {[1]: 2}
except TypeError as err:
    print("TypeError", err)
m = {"a": 1}
for key in list(m):
    m[key + key] = 2
print(m)
try:
    for key in m:
        m["new" + key] = 1
except RuntimeError as err:
    print("RuntimeError", err)
print(len(m))
print(d.pop("nope", "default"), d.setdefault("s", []), d.get("s"))
print(sorted(d, key=lambda q: str(d[q])))
print(list(reversed({"p": 1, "q": 2})), reversed({1: 1}).__class__.__name__ != "")
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 3})
x = {"x": 1}
x |= [("y", 2)]
print(x, repr({}), str({1: {2: {}}}))
