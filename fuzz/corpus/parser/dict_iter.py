# iterating dicts: keys, values, items, unpacking; len, in, del
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    print("item", k, v)
total = 0
for k in d.keys():
    total = total + d[k]
print(total, len(d), "x" in d, 1 in d)
del d["y"]
print(d, list(d.items()))
print(dict([("a", 1), ("b", 2)]), dict(), dict({"q": 0}))
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
