from functools import cmp_to_key
from operator import itemgetter, attrgetter, methodcaller
people = [("Ann", 30, "NY"), ("bob", 25, "LA"), ("Cid", 30, "LA"), ("dee", 22, "NY"), ("Eve", 25, "SF")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(2, 1), reverse=True))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: p[0]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
def cmp(a, b):
    return (a[1] > b[1]) - (a[1] < b[1]) or (a[0] < b[0]) - (a[0] > b[0])
print(sorted(people, key=cmp_to_key(cmp)))
class Emp:
    def __init__(self, n, s):
        self.n, self.s = n, s
    def __repr__(self):
        return self.n
    def score(self, k):
        return self.s * k
es = [Emp("x", 3), Emp("y", 1), Emp("z", 2)]
print(sorted(es, key=attrgetter("s")), sorted(es, key=methodcaller("score", -1)))
print(max(es, key=attrgetter("s")), min(es, key=lambda e: e.n))
try:
    sorted(es)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    max([])
except ValueError as e:
    print("ValueError", e)
print(max([], default="none"), min([3, 1, 2], default=0), max("abc", "abd"), max([1, 2], [1, 2, 0]))
lst = [5, 3, 5, 1, 3]
lst.sort(key=lambda x: -x)
print(lst, sorted("Hello World"), sorted({3: "a", 1: "b"}), sorted({"b", "a"}), sorted((2, 1)))
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=itemgetter(0))
print(stable)
print(sorted([3.5, 1, -2, 2 ** 70, 0.0, False, True]))
print(list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("ab")), "".join(reversed("abc")))
words = "the Quick brown fox Jumps over".split()
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, None), (0, None)]))
nested = {"b": [3, 1], "a": [2], "c": []}
print({k: sorted(v) for k, v in sorted(nested.items(), key=lambda kv: len(kv[1]))})
ig = itemgetter(1)
print(ig, attrgetter("a.b"), methodcaller("f", 1, k=2))
