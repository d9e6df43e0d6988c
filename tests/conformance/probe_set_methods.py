# Probing program (issue 13): set and frozenset operations and errors
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s)
s.add(4); s.discard(10); s.remove(1)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KE", e)
a = {1, 2, 3}; b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {2} < a, a.isdisjoint({9}), a.issubset([1, 2, 3, 4]), a.issuperset((1,)))
print(sorted(a.union([7], (8,))), sorted(a.intersection("x")), sorted(a.difference(b, {1})))
print(set(), frozenset(), repr(set()), repr(frozenset([1])))
print({1, 2} == frozenset([1, 2]), hash(frozenset()) == hash(frozenset()))
fs = frozenset([1])
print(type(fs | {2}).__name__, type({2} | fs).__name__)
try:
    {[]}
except TypeError as e:
    print("TE", e)
try:
    a | [1]
except TypeError as e:
    print("TE", e)
c = {1, 2}
c |= {3}; c &= {1, 3, 5}; c -= {1}; print(c)
print(set("aab") == {"a", "b"}, sorted({x % 3 for x in range(10)}))
e = set([1, 2, 3])
print(e.pop() in (1, 2, 3), len(e))
print(repr({1, 2}), repr({(1, 2)}))
