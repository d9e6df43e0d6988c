t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(1, 1), t[::-1], t[1:-1], t * 2, (0,) * 0)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
print((1, 2) < (1, 2, 0), (1, "a") < (1, "b"), (2,) > (1, 99), () < (0,), (1, 2) == (1.0, 2.0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), len({(1, 2), (1, 2), (2, 1)}))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
s = {5, 3, 1}
fs = frozenset([1, 2, 3])
print(sorted(s | fs), type(s | fs).__name__, type(fs | s).__name__, type(fs & {1}).__name__)
print(s - fs, fs - s, s ^ fs == {5, 2}, s.issubset([1, 3, 5, 7]), fs.issuperset((1, 2)))
print(frozenset({frozenset({1}), frozenset({1})}), set(), frozenset(), repr({1}), {1} == frozenset({1}))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[]}
except TypeError as e:
    print("TypeError:", e)
try:
    s | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print(s.union([9], (8,)), s.intersection("abc"), s.difference(range(4)), s.symmetric_difference([5, 6]))
s2 = set(range(10))
s2 -= {0, 1}
s2 &= set(range(5, 20))
s2 |= {100}
s2 ^= {5, 200}
print(sorted(s2), len(s2), 100 in s2, min(s2), max(s2))
print({x % 4 for x in range(10)}, {(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(set("hello") == set("olleh"), sorted(set("mississippi")), frozenset("ab") == frozenset("ba"))
print(s <= s, s < s, {1} < {1, 2}, {1, 2} > {3}, s.isdisjoint({7}), hash(frozenset()) == hash(frozenset([])))
a, *rest = (1, 2, 3)
*init, last = [4, 5, 6]
print(a, rest, init, last, [*range(2), *"ab"], (*{1},), {*(), *[1]})
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    q, r = 5
except TypeError as e:
    print("TypeError:", e)
