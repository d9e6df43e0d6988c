# dict methods in the subset
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("nope", "default"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, repr(e))
d.clear()
print(d, len(d))
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
