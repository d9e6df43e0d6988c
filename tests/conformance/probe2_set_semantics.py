# Probing program (issue 13, round 2): set and frozenset semantics with ints (deterministic order)
s = {5, 3, 1, 3, 9}
print(s, len(s), sorted(s))
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == frozenset([1]))
s.add(100)
s.discard(3)
s.discard(12345)
print(s)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError", e)
print(s.pop() in {1, 5, 9, 100}, len(s))
fs = frozenset([1, 2, 3])
print(fs, hash(fs) == hash(frozenset([3, 2, 1])), type(fs | {4}).__name__, type({4} | fs).__name__)
print({fs: "ok"}[frozenset({1, 2, 3})])
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
print(set("aab") == {"a", "b"}, set(), frozenset(), set([]) == frozenset())
u = {1, 2}
u |= {3}
u &= {1, 3, 7}
u -= {7}
u ^= {9}
print(u)
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], [3]), {1, 2}.difference([1], [2]))
print({1, 2}.isdisjoint([3]), {1}.issubset([1, 2]), {1, 2}.issuperset((1,)))
print({x * x for x in range(-3, 4)})
print({True, 1, 1.0}, {0, False, 0.0}, len({(1, 2), (1, 2)}))
c = {1, 2, 3}
d = c.copy()
d.add(4)
print(c, d, c.symmetric_difference(d))
try:
    {1} < [1]
except TypeError as e:
    print("TypeError", e)
print(sorted({"b", "a", "c"}), "a" in {"a"}, 2 in frozenset())
big = set(range(0, 100, 7))
print(big)
big.clear()
print(big, bool(big), repr(frozenset()))
