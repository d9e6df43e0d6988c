# Probing program (issue 13, round 2): sorting stability, keys, reverse, mixed types, cmp_to_key
from functools import cmp_to_key
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
by_name.sort(key=lambda p: p[1])
print(by_name)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(max(words, key=len), min(words, key=len), max(people, key=lambda p: p[1]))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: cmp(len(a), len(b)))))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=lambda x: [] if x == 1 else None)
except TypeError as e:
    print("TypeError", e)
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([5, 2, 8], key=key), calls)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "I%d" % self.v
print(sorted([Item(2), Item(1), Item(3)]))
print(sorted([3.5, 1, True, -2]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted({3: "a", 1: "b"}), sorted("hello", reverse=True), sorted([]))
l = [4, 3, 2, 1]
l.sort(key=None, reverse=False)
print(l)
try:
    l.sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
print(sorted([[2, 1], [1, 2], [1]]), sorted(range(5), key=lambda i: i % 2))
try:
    [3, 2].sort(reverse=None)
except TypeError as e:
    print("TypeError", e)
print(sorted([-1, 1, -2, 2], key=abs), min([], default="empty"), max(1, 2, 3))
