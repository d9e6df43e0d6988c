# sorted stability, min/max with default/key, zip strict, map with several
# iterables, enumerate start, reversed protocols, iter(callable, sentinel), next default.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(min([], default="empty"), max([], default=None), min([3, 1], default=9), max("abc", key=ord))
print(min(1, 2, key=lambda x: -x), max([1, 3, 3.0, 2]), min([3, 3.0]), max([[1], [1, 0]]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1, 2, default=0), lambda: max(5), lambda: min([1], key=5), lambda: max([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(zip("ab", [1, 2], strict=True)))
for a, b in (("abc", [1, 2]), ("a", [1, 2, 3]), ("", [1])):
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print("ValueError", e)
try:
    list(zip("a", "bc", "d", strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])), list(map(str, [])))
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
print(list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 2**70)), next(enumerate("z", 2**64)))
class Rev:
    def __reversed__(self):
        return iter("cba")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Rev())), list(reversed(Seq())), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
for bad in (5, {1, 2}, iter([1])):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError", e)
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)), list(vals))
n = [0]
def step():
    n[0] += 1
    return n[0]
print(list(iter(step, 4)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
print(next(iter([]), "dflt"), next(iter([7]), "dflt"))
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
print(sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 10), sum([1, 2], start=3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(all([]), any([]), all([1, 0]), any(iter([0, "", None, 3])))
print(list(filter(None, [0, 1, [], [2]])), list(filter(lambda x: x > 1, range(4))))
print(sorted("bBaA"), sorted("bBaA", key=str.lower), sorted([3, 1, 2], reverse=1))
try:
    sorted([1], cmp=None)
except TypeError as e:
    print("TypeError", e)
