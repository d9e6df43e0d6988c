# Probing program (issue 13): dict methods, views, | and |=, errors
d = {"a": 1, "b": 2}
d2 = d.copy(); d2["c"] = 3
print(d, d2, d | {"z": 0})
d |= {"b": 20, "e": 5}
print(d)
print(d.setdefault("a", 9), d.setdefault("q", 9), d)
print(d.pop("q"), d.pop("nope", None))
print(d.popitem(), d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({1: 2}))
d.update(x=1); d.update([("y", 2)]); print(d)
print(list(d.keys()), list(d.values()), list(d.items())[0])
k = d.keys()
d["new"] = 1
print(len(k), "new" in k)
print({1: 1, True: 2, 1.0: 3})
print(d.get("zz"), d.get("zz", 0))
try:
    for key in d:
        d["added"] = 1
except RuntimeError as e:
    print("RE", e)
try:
    d.update(1)
except TypeError as e:
    print("TE", e)
try:
    d.update([1])
except TypeError as e:
    print("TE", e)
print(repr({}), repr({1: {2: {}}}), {"a": [1]} == {"a": [1]})
print(sorted({3: 1, 1: 2}), reversed({1: 2, 3: 4}) is not None, list(reversed({1: 2, 3: 4})))
