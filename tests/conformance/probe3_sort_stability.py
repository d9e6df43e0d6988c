# Probing program (issue 13, round 3): sort stability, key, reverse, errors mid-sort
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
l = list(data)
l.sort(key=lambda t: t[0])
l.sort(key=lambda t: t[1])
print(l)
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((3, 1)), sorted({3: 1, 1: 2}))
for bad in [[1, "a"], [None, 1], [[1], (1,)], [1.5, "x", 2]]:
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError", e)
class K:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        K.calls += 1
        if self.v == 3 and o.v == 1:
            raise ValueError("stop")
        return self.v < o.v
    def __repr__(self):
        return "K%d" % self.v
l = [K(3), K(1), K(2)]
try:
    l.sort()
except ValueError as e:
    print("ValueError", e)
print(l)
l = [5, 1, 4]
def mutate(x):
    return x
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print("ValueError", e)
print(l)
l = [3, 2, 1]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(l)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    [].sort(1)
except TypeError as e:
    print("TypeError", e)
print(sorted([2, 1], key=None), sorted([], key=len), max([3, 1, 2], key=lambda x: -x), min("bca"))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
nan = float("nan")
print(sorted([3, nan, 1]) == sorted([3, nan, 1]) and "nan-ok", max(1, 2.0, True), min([], default="empty"))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min(1)
except TypeError as e:
    print("TypeError", e)
try:
    max()
except TypeError as e:
    print("TypeError", e)
