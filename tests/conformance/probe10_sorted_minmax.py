data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(min(data, key=lambda p: p[1]), max(data, key=lambda p: p[1]), max([3, 1, 3.0]), min([1.0, 1]))
print(max(1, 2, key=lambda x: -x), min("abc", key=ord), max([], default="empty"), min([], key=abs, default=None))
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: max([]))
show(lambda: min())
show(lambda: max(1))
show(lambda: max(1, 2, default=3))
show(lambda: min([1], bogus=1))
show(lambda: sorted([3, 1], key=lambda x: x, cmp=None))
show(lambda: sorted())
show(lambda: sorted([1], None))
show(lambda: max([1, "a"]))
show(lambda: min("a", 1, key=str))
l = [5, 3, 1]
def k(x):
    l.append(0) if False else None
    return x
print(sorted(l, key=k), l.sort() or l)
m = [3, 1, 2]
try:
    m.sort(key=lambda x: (m.append(x), x)[1])
except ValueError as e:
    print("ValueError", e)
print(sorted({"b": 1, "a": 2}), sorted("bca"), sorted((3, 1)), sorted(range(3), reverse=True))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), sorted([True, 0, -1, 0.5]))
print(sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum((), 5), sum([1.5, 2], start=1))
show(lambda: sum(["a", "b"], ""))
show(lambda: sum([1], start="x"))
