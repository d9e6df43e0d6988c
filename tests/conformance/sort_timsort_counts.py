# How many __lt__ calls a sort makes (CPython 3.11's timsort: runs, minrun,
# powersort merges, galloping), for many shapes and sizes; key= calls.
# The data is built by map() over built-ins (no Python loop per item) from
# one pool of C objects, so the collectors' stress runs (a collection per
# allocation or per allocating loop iteration) stay cheap.
import operator

class C:
    __slots__ = ('v',)
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        C.n += 1
        return self.v < other.v

value = operator.attrgetter('v')
M = 5001
pool = list(map(C, range(M)))   # the one object of each value

def pseudo(n, seed, m):
    """n pseudo-random values in [0, m): powers of seed modulo a prime."""
    p = 1000003
    xs = list(map(pow, [seed] * n, range(1, n + 1), [p] * n))
    return list(map(operator.mod, xs, [m] * n))

def shapes(n):
    half = n // 2
    return [
        ('random', pseudo(n, 5, M)),
        ('dups5', pseudo(n, 3, 5)),
        ('dups100', pseudo(n, 7, 100)),
        ('sorted', list(range(n))),
        ('reversed', list(range(n, 0, -1))),
        ('equal', [1] * n),
        ('sawtooth', list(map(operator.mod, range(n), [50] * n))),
        ('organ', list(range(half)) + list(range(n - half, 0, -1))),
        ('sorted_tail', list(range(n - 10)) + pseudo(min(n, 10), 5, 1000)),
        ('two_runs', list(range(0, n, 2)) + list(range(1, n, 2))),
        ('desc_runs', list(range(n // 3, 0, -1)) * 3),
    ]

def count(vals, **kw):
    items = list(map(pool.__getitem__, vals))
    C.n = 0
    items.sort(**kw)
    vs = list(map(value, items))
    ok = all(map(operator.ge if kw.get('reverse') else operator.le, vs[:-1], vs[1:]))
    return C.n, ok

for n in [0, 1, 2, 3, 63, 64, 65, 100, 1000, 5000]:
    for name, vals in shapes(n):
        print(n, name, *count(vals))

for name, vals in [('random', pseudo(20000, 5, M)), ('dups30', pseudo(20000, 3, 30))]:
    print(20000, name, *count(vals), *count(vals, reverse=True))

# key=: each key computed once, in list order, then only keys compared
calls = []
def key(x):
    calls.append(x)
    return pool[x % 97]
data = pseudo(3000, 11, 100000)
C.n = 0
out = sorted(data, key=key)
print('key calls', len(calls), calls[:5] == data[:5], 'comparisons', C.n)
print(out[:6])
calls.clear()
C.n = 0
data.sort(key=key, reverse=True)
print('key reverse calls', len(calls), 'comparisons', C.n)
print(data[:6], data[-3:])

# reverse=True keeps equal items in their order
pairs = list(zip(pseudo(500, 5, 10), range(500)))
C.n = 0
rs = sorted(pairs, key=lambda p: pool[p[0]], reverse=True)
print('reverse stable', all(map(lambda a, b: a[0] > b[0] or a[1] < b[1], rs[:-1], rs[1:])), C.n)
print(rs[:5])

# sorted() on a generator
C.n = 0
g = sorted(pool[v] for v in pseudo(700, 3, 50))
print('generator', C.n, list(map(value, g[:10])))
