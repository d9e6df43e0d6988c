data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", l)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([3, 2, 1], lambda x: x)
except TypeError as e:
    print(e)
try:
    [].sort(1)
except TypeError as e:
    print(e)
print(sorted([1, 2, 3], key=None), sorted("bca"), sorted({3: 1, 1: 2}), sorted((2, 1), reverse=1))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "R%d" % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min(Rev(1), Rev(3)))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
class NoCmp:
    pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print(e)
print(sorted([NoCmp()]) != [], sorted([]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
words = "The quick Brown fox Jumps over the lazy dog".split()
print(sorted(words, key=str.lower), sorted(words, key=len))
print(sorted([0.0, -0.0, 0, False]), [type(x).__name__ for x in sorted([0.0, -0.0, 0, False])])
nan = float("nan")
print(max(1, 2, key=lambda x: -x), max([], default="empty"), min("bca"), max((1, 2), (1, 3)))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
