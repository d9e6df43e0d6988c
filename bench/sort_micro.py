# sort_micro.py -- a sort-heavy micro benchmark: the fast paths (int, str and
# float lists), tuples, key= and a class with __lt__, on random, duplicate
# and 3/4-sorted data; the same program runs under gclab and CPython 3.11
# (docs/benchmarks.md, "list.sort as CPython 3.11's timsort").
class P:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v

def data(n, seed, m):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append((x >> 8) % m)
    return out

r = data(20000, 1, 1 << 20)
d = data(20000, 2, 50)
part = sorted(r[:15000]) + r[15000:]
total = 0
for rep in range(5):
    for xs in (r, d, part):
        total += sorted(xs)[len(xs) // 2]
        total += sorted(xs, reverse=True)[7]
        total += len(sorted(map(str, xs))[3])
        total += int(sorted(map(float, xs))[11])
        total += sorted(zip(xs, range(len(xs))))[5][1]
    total += sorted(r, key=lambda v: -v)[0]
ps = list(map(P, r[:5000]))
for rep in range(3):
    total += sorted(ps)[100].v
    total += sorted(map(P, d[:5000]))[100].v
print(total)
