s = {1, 2, 3}
for op in [lambda: s.remove(9), lambda: set().pop(), lambda: s.add([]), lambda: {[]},
           lambda: s | [1], lambda: s.union(5), lambda: s < [1], lambda: frozenset().add,
           lambda: s[0], lambda: s - {1} - [2], lambda: set(1), lambda: s.issubset(3),
           lambda: hash(s), lambda: s.update([[]]), lambda: {frozenset(): 1}[frozenset()]]:
    try:
        r = op()
        print(r if not callable(r) else "callable")
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sorted(s.union([4], (5,), [6])), sorted(s.intersection(range(2, 10), [2, 3])))
print(sorted(s.difference([1], [2])), sorted(s.symmetric_difference([3, 4])))
print(s.isdisjoint([7]), s.issuperset([1, 2]), s.issubset(range(5)), {1} < s, s <= s, s < s)
f = frozenset([3, 2, 1])
print(f == s, hash(f) == hash(frozenset([1, 2, 3])), type(f | s).__name__, type(s | f).__name__)
print(sorted(f), len(f), 2 in f, f.copy() is f, frozenset() == set())
t = s.copy()
t.discard(99)
t.intersection_update([1, 2, 7])
print(sorted(t))
t.difference_update([1])
t.symmetric_difference_update({5, 2})
print(sorted(t), t)
s2 = {i % 4 for i in range(20)}
print(sorted(s2), len(s2), {x for x in "hello"} == set("helo"))
print(set(), frozenset(), repr(set([5])), {frozenset([1])})
print({1, 1.0, True}, {0, False, 0.0}, len({(1, 2), (1, 2)}))
class H:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
hs = {H(1)}
print(H(1) in hs)
print(H(2) in hs)
u = set("abc")
u -= {"a"}
u |= {"z"}
u &= {"b", "z", "q"}
u ^= {"q"}
print(sorted(u))
e = set()
print(e.pop() if e else "empty", bool(e), len(set(range(100))) )
print(sorted({-1, -2, 5} | {0}), max({3, 9, 1}), min(frozenset("zyx")))
