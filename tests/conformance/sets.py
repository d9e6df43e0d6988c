# set and frozenset: displays, comprehensions, operators, methods, hashes, tracking, errors
s = {3, 1, 2}
print(s, set(), frozenset(), frozenset([1, 2]), {x * x for x in range(10)}, {x % 3 for x in range(10) if x})
print(set(range(20, 0, -1)), {100, 5, 37, 1000, -1, -2}, set('a'), len(s), 2 in s, 5 not in s)
a = set(range(10)); b = set(range(5, 15))
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a | b, a >= a, a == set(range(10)), a != b)
print(a.union([20, 21], (22,)), a.intersection(b, range(7)), a.difference(b), a.symmetric_difference(b))
print(a.issubset(range(100)), a.issuperset([1, 2]), a.isdisjoint([100]), a.isdisjoint(b))
c = set(); c.add(5); c.add(5); c.update([1, 2], {3}); c.discard(99); c.remove(1); print(c, c.pop(), c)
d = {1, 2, 3}; e = d; d |= {4}; d &= {1, 2, 4, 9}; d -= {2}; d ^= {7}; print(d, e is d)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))), hash(frozenset([(1, 2), 3])))
f = frozenset([1, 2]); print(frozenset(f) is f, f.copy() is f, frozenset() is frozenset(), {f: 1}[frozenset([2, 1])])
print(frozenset([1]) | {2}, {2} | frozenset([1]), type(frozenset([1]) & {1}).__name__, type({1} & frozenset([1])).__name__)
big = set(range(1000)); [big.discard(i) for i in range(0, 1000, 3)]; print(sum(big), len(big), list(big)[:10])
x = set(); [x.add(i * 7919 % 1000) for i in range(300)]; [x.discard(i) for i in range(0, 1000, 2)]; [x.add(i) for i in range(2000, 2050)]
print(list(x))
print(sorted({'b', 'a', 'c'}), {(1, 2), (3, 4)} == {(3, 4), (1, 2)}, {1, 2} == frozenset([1, 2]), set([1.0, 1, True]))
print({frozenset([1])} , frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
import gc
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked({1}), gc.is_tracked(frozenset([1])))
gc.collect(); ff = frozenset([1, 2]); gc.collect(); print(gc.is_tracked(ff))
l = [1, 2, 3, 2, 1]; print(len(set(l)), set(l), set({'k': 1, 'j': 2}) == {'k', 'j'}, set((1, 2)))
for v in {5, 6, 7}:
    print(v, end=' ')
print()
p = set([10, 20]); q = p.copy(); q.add(30); print(p, q, p.clear(), p)
def err(f):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
err(lambda: {[]})
err(lambda: set().pop())
err(lambda: {1}.remove(2))
err(lambda: {1} | [2])
err(lambda: {1} < [1])
err(lambda: hash({1}))
err(lambda: set(1))
err(lambda: set([1], [2]))
err(lambda: set(x=1))
err(lambda: {1}.add())
err(lambda: frozenset([1]).add(2))
def mutate():
    s = {1, 2, 3}
    for i in s:
        s.add(i + 10)
err(mutate)
err(lambda: {1} - 1)
err(lambda: {1}.issubset(5))
