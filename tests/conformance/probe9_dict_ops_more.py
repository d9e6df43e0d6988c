d = dict.fromkeys("abc")
print(d, dict.fromkeys([1, 2], []), dict.fromkeys(""), dict(a=1, **{"b": 2}))
d2 = {"a": 1} | {"b": 2, "a": 3}
print(d2, {**d2, "c": 4}, d2.copy() == d2)
d2 |= [("z", 26)]
print(d2)
try:
    d2 | [("q", 1)]
except TypeError as e:
    print(e)
try:
    d2 |= [1]
except TypeError as e:
    print(e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(e)
print(d2.pop("z"), d2.pop("nope", None), d2.setdefault("n"), d2)
try:
    d2.pop()
except TypeError as e:
    print(e)
d3 = {}
d3.update(a=1)
d3.update([("b", 2)], c=3)
d3.update({"d": 4}.items())
print(d3)
try:
    d3.update(1)
except TypeError as e:
    print(e)
try:
    d3.update([(1, 2), (3,)])
except ValueError as e:
    print(e)
try:
    d3.update("ab")
except ValueError as e:
    print(e)
print(list(reversed(d3)), list(reversed(d3.items()))[0], d3.get("missing", 0))
d4 = {1: "a", 1.0: "b", True: "c"}
print(d4, len(d4))
d5 = {"x": 1}
del d5["x"]
d5["x"] = 2
print(d5)
try:
    del d5["y"]
except KeyError as e:
    print("KeyError", e)
class Miss(dict):
    def __missing__(self, k):
        return k * 2
m = Miss(a=1)
print(m["a"], m["bb"], m.get("bb"), "bb" in m, len(m))
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {"a": 1}.keys() == ["a"], dict([("a", 1)]) == dict(a=1))
it = iter({"a": 1, "b": 2})
print(next(it), list(it), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
try:
    {} < {}
except TypeError as e:
    print(e)
d6 = {i: i for i in range(5)}
for k in list(d6):
    if k % 2:
        del d6[k]
print(d6, dict(zip("ab", range(2))), {k: v for k, v in [("a", 1), ("a", 2)]})
