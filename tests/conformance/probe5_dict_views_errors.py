d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 9)}), it - {("c", 3)} == {("a", 1), ("b", 2)})
d["d"] = 4
print(len(k), list(v), list(it)[-1], "d" in k, 4 in v, ("d", 4) in it)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint(["x"]), v == v)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict(a=1).popitem(); {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError:", e)
print({}.pop("x", "dflt"), dict.fromkeys(["a", "b"], 0), dict(zip("ab", range(2)), c=3))
e = {1: "one", True: "true", 1.0: "float"}
print(e, len(e))
m = {"x": 1}
m |= {"y": 2}
print(m | {"x": 0}, {"x": 0} | m, m)
try:
    m | [("z", 1)]
except TypeError as e2:
    print("TypeError:", e2)
m |= [("z", 3)]
print(m, repr(m.keys()), repr(m.values()), repr(m.items()))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, {2: 3}]
print(nested, str(nested) == repr(nested))
cp = nested.copy()
cp["a"]["new"] = 1
print("new" in nested["a"], cp is not nested)
print(sorted(d.items() for d in [{"z": 1}]) if False else sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(max({"a": 3, "b": 5, "c": 1}, key={"a": 3, "b": 5, "c": 1}.get), {k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
