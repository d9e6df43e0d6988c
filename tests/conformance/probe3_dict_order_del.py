# Probing program (issue 13, round 3): dict order after deletions, reinsertion, popitem, views
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
print(list(d), d)
d[0] = "back"
d[3] = "back3"
print(list(d))
print(d.popitem(), d.popitem(), list(d))
d2 = dict.fromkeys("abcdef", 0)
del d2["c"]
d2["c"] = 1
d2["a"] = 9
print(list(d2.items()))
ks = d2.keys()
vs = d2.values()
its = d2.items()
del d2["b"]
print(list(ks), list(vs), list(its), len(ks), "a" in ks, ("a", 9) in its, 9 in vs)
it = iter(d2)
next(it)
d2["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(d2)
next(it)
del d2["new"]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
d3 = {"x": 1, "y": 2}
it = iter(d3)
d3["x"] = 5
print(list(it))
d4 = {1: "a", 2: "b"}
for k in list(d4):
    d4[k + 10] = d4.pop(k)
print(d4)
big = {i: i for i in range(1000)}
for i in range(999):
    del big[i]
big["z"] = 1
print(list(big.items()))
d5 = {1: 1, True: 2, 1.0: 3}
print(d5)
d6 = {}
d6.update([("a", 1), ("b", 2)], c=3)
d6.update({"a": 0})
print(d6, d6.setdefault("a", 99), d6.setdefault("z"), d6)
print(list(reversed({1: 2, 3: 4, 5: 6})), list(reversed({1: 2, 3: 4}.items())))
print(dict({"a": 1}, b=2), dict([(1, 2)], **{"k": 3}))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError", e)
