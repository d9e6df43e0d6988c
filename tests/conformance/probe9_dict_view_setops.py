d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
k = d.keys()
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k & {"a", "z"}), sorted(k | ["x"]), sorted(k - ("a",)), type(k & e.keys()).__name__)
print(k == {"a", "b", "c"}, k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k.isdisjoint(["x"]), k.isdisjoint("a"))
it = d.items()
print(sorted(it & {("a", 1), ("b", 3)}), ("a", 1) in it, ("a", 2) in it, ["a", 1] in it)
print(sorted(it - {("a", 1)}), len(it | {("z", 0)}))
v = d.values()
try:
    v & {1}
except TypeError as e:
    print(e)
print(v == d.values(), 1 in v, list(reversed(v)), list(reversed(k)), list(reversed(it)))
print(repr(k), repr(v), repr(it))
print(k.mapping is not None, dict(k.mapping) == d)
d["e"] = 5
print(len(k), sorted(k))
try:
    {"a": 1}.items() & {(["unhashable"], 1)}
except TypeError as e:
    print(e)
print({1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items(), {1: 2}.values() == {1: 2}.values())
print(sorted({"x": 1}.keys() | {"y": 2}.items(), key=repr))
s = {1, 2}
print(s | d.keys() == {1, 2, "a", "b", "c", "e"}, sorted(map(str, {3} ^ d.keys())))
try:
    hash(k)
except TypeError as e:
    print(e)
