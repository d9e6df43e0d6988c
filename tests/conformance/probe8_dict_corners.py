d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d, dict.fromkeys("xy"), dict.fromkeys([]))
print(d.setdefault("c", 5), d.setdefault("c", 6), d.setdefault("z"), d)
print(d.pop("z"), d.pop("nope", "dflt"))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
dd = {1: "a", 2: "b", 3: "c"}
print(dd.popitem(), dd)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
u = {}
u.update([("a", 1), ["b", 2]], c=3)
u.update({"a": 9}.items())
print(u)
for bad in ([1], [("a",)], [(1, 2, 3)], 5, ["ab", "c"]):
    try:
        {}.update(bad)
        print("ok", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError", e)
print(dict(a=1) | {"b": 2}, {"a": 1} | {"a": 2})
m = {"x": 1}
m |= [("y", 2)]
print(m)
try:
    m | [("z", 3)]
except TypeError as e:
    print("TypeError", e)
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())), list(reversed({}.values())))
try:
    {} < {}
except TypeError as e:
    print("TypeError", e)
print({1: 2} == {1: 2.0}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {} != {0: 0})
k = {True: "bool", 1: "int", 1.0: "float"}
print(k, {0: "a", False: "b", 0.0: "c", -0.0: "d"})
class MD(dict):
    def __missing__(self, key):
        return "missing " + str(key)
md = MD(a=1)
print(md["a"], md["b"], md.get("b"), "b" in md, len(md))
class NoMissing(dict):
    pass
try:
    NoMissing()["x"]
except KeyError as e:
    print("KeyError", e)
dk = {"a": 1, "b": 2}
try:
    for key in dk:
        dk["c"] = 3
except RuntimeError as e:
    print("RuntimeError", e)
dk2 = {"a": 1, "b": 2}
for key in dk2:
    dk2[key] = 0
print(dk2)
dk3 = {"a": 1}
try:
    for key in dk3:
        del dk3["a"]
        dk3["b"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(dk3)
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), {1: 2}.keys() == {1}, {1: 2}.values() == {1: 2}.values())
print(sorted({"b": 1, "a": 2}), max({"b": 1, "a": 2}), dict(zip("ab", range(2))))
print({**{"a": 1}, "b": 2, **{"a": 3}})
copy = dk2.copy()
copy["a"] = 99
print(dk2["a"], d.get("c"), {}.get(1, 2), dict.get(d, "a"))
try:
    dict.get()
except TypeError as e:
    print("TypeError", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError", e)
