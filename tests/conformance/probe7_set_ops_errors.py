# set and frozenset operations, order of small ints, errors
s = {5, 3, 1, 4}
print(s, sorted(s), set(), frozenset(), frozenset({2, 1}))
s.update([7], (8, 9), {10})
print(s)
s.difference_update([1], [3])
print(s)
s.symmetric_difference_update({4, 100})
print(s)
s.intersection_update(range(6, 101))
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    s | [1]
except TypeError as e:
    print("TypeError", e)
print(s.union([1]), s.issubset(range(200)), s.issuperset([7]), s.isdisjoint((0,)))
a = frozenset([1, 2]); b = {2, 3}
print(a | b, b | a, type(a | b).__name__, type(b | a).__name__, a & b, a - b, a ^ b)
print({1, 2} == frozenset([1, 2]), {1} < {1, 2}, {1, 2} > {1}, {1} <= {1}, {3} < {1, 2})
print(hash(frozenset()) == hash(frozenset([])), {frozenset([1]): 'x'}[frozenset({1})])
t = {1, 2, 3}
t -= {1}; t |= {9}; t &= {2, 9, 10}; t ^= {2, 11}
print(t)
print(set('hello') == set('olleh'), len(set('mississippi')), 8 in {8.0}, {0.0} == {0}, {-0.0})
print({x % 3 for x in range(10)}, {i: i * i for i in range(3)})
try:
    for x in t:
        t.add(x + 100)
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted({3, 1, 2}, reverse=True), max({3, 1, 2}), sum({1, 2, 3}))
print(set([1, 2]).copy(), frozenset([1]).copy() is frozenset([1]))
f = frozenset([1, 2])
print(f.copy() is f, frozenset(f) is f)
