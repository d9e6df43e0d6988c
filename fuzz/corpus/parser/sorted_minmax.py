# sorted / min / max over several iterables
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d), sorted(d.values()), sorted(d.items()))
print(sorted(d, key=lambda k: d[k]), max(d), min(d))
print(sorted([]), sorted("bca", reverse=True), sorted(range(5), key=lambda x: x % 2))
print(max(1, 2.5), min(-1, -1.0), max([[1], [0, 9]]), min("b", "a"))
print(max([3, 3, 1]), sorted([True, False, 0, 1]))
original = [3, 1, 2]
s = sorted(original)
print(original, s)
