# Sorting with exact float keys and tuple keys: the pre-checked key kinds
# order as rich comparison does (NaN, -0.0, mixed first items, user __lt__)
import random
random.seed(5)
fl = [random.random() for _ in range(300)] + [float('nan'), 0.0, -0.0, float('inf')]
print(sorted(fl)[:5], sorted(fl)[-5:])
print(sorted([0.0, -0.0, 0.0, -0.0]), sorted([-0.0, 0.0], reverse=True))
tu = [(random.randint(0, 9), random.random(), i) for i in range(300)]
print(sorted(tu)[:4], sorted(tu, reverse=True)[:4])
tu2 = [(str(random.randint(0, 50)), i % 3) for i in range(200)] + [("5",)]
print(sorted(tu2)[:6])
tu3 = [(random.random(), str(i)) for i in range(100)]
print(sorted(tu3)[:3])
mixed = [(1, 'a'), (1.5, 'b'), (True, 'c'), (0, 'd'), (2**70, 'e')]
print(sorted(mixed))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"K({self.v})"
print(sorted([(K(2), 1), (K(1), 2), (K(2), 0)]))
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print(e)
try:
    sorted([(1, 2), ('a', 2)])
except TypeError as e:
    print(e)
print(sorted([(), (1,), (0, 1)]))
print(sorted(range(40), key=lambda x: (x % 3, -x))[:10])
print(sorted([1.5, 2, 0.5]), sorted([(1.5,), (2,), (0.5,)]))
print(sorted([(float('nan'), 1), (1.0, 2), (0.5, 3)]))
print(sorted(['b', 'a', 'ä', 'z']), sorted([('b',), ('a',)]))
print(1 < 2, 2.0 <= 2.0, 'a' != 'b', float('nan') == float('nan'), float('nan') != float('nan'))
print((1, 2) < (1, 3), ('a', 1) == ('a', 1.0), [1.0, 'x'] == [1, 'x'], (float('nan'),) == (float('nan'),))
n = float('nan'); print((n,) == (n,), [n] == [n], n in [n], 'ab' in ['a', 'ab'], 3 in (1, 2, 3))
print(max([(1, 'b'), (1, 'a')]), min([2.5, 1.5, 3.0]), max(['x', 'y']))
