# A comparison that raises part-way through a long sort: CPython leaves the
# list as the merge left it (a permutation; with reverse=True reversed back),
# and the comparisons up to the error are the same.  A key that raises leaves
# the list alone.  Mutating the list during the sort: ValueError.
import operator

class Boom(Exception):
    pass

class R:
    __slots__ = ('v', 'i')
    n = 0
    limit = 0
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        R.n += 1
        if R.n == R.limit:
            raise Boom(R.n)
        return self.v < other.v

def lcg(seed, n, m):
    """n pseudo-random values in [0, m): powers of seed modulo a prime,
    by built-ins (no Python loop per value)."""
    xs = map(pow, [seed] * n, range(1, n + 1), [1000003] * n)
    return list(map(operator.mod, xs, [m] * n))

# Objects are made once per list by map() and reused by every run (the
# collectors' stress runs collect at every allocation or allocating loop
# iteration, so they stay cheap).
index = operator.attrgetter('i')

def run(base, limit, reverse=False, key=None):
    items = list(base)
    R.n = 0
    R.limit = limit
    try:
        if key is None:
            items.sort(reverse=reverse)
        else:
            items.sort(key=key, reverse=reverse)
        result = 'ok'
    except Boom as e:
        result = 'Boom %s' % e
    order = list(map(index, items))
    assert sorted(order) == list(range(len(base)))
    return result, R.n, order

keys = list(map(R, range(37), range(37)))
for n, m in [(50, 1000), (300, 1000), (1000, 20), (4000, 1 << 20)]:
    vals = lcg(n, n, m)
    vals = list(map(R, vals, range(n)))
    total = run(vals, 0)[1]
    print(n, 'comparisons', total)
    for frac in (1, 4, 6, 9):
        limit = max(1, total * frac // 10)
        result, count, order = run(vals, limit)
        print(' ', limit, result, count, order[:10], hash(tuple(order)))
        result, count, order = run(vals, limit, reverse=True)
        print('  rev', limit, result, count, order[:10], hash(tuple(order)))
    half = run(vals, total // 2, key=lambda r: keys[r.v % 37])
    print('  key', half[0], half[1], half[2][:10])

# a key that raises part-way: the key calls stop there, the list is untouched
seen = []
def bad_key(x):
    seen.append(x)
    if len(seen) == 150:
        raise Boom('key')
    return x
data = lcg(2, 400, 1000)
copy = list(data)
try:
    data.sort(key=bad_key)
except Boom as e:
    print('key raised', e, len(seen), data == copy)

# mutating the list from a comparison
class M:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, other):
        if self.v == 500:
            self.lst.append(self)
        return self.v < other.v
lst = []
lst.extend(M(v, lst) for v in lcg(3, 300, 1000) + [500])
try:
    lst.sort()
except ValueError as e:
    print('ValueError', e, len(lst), [m.v for m in lst[:8]])
lst = []
lst.extend(M(v, lst) for v in lcg(3, 300, 1000) + [500])
try:
    lst.sort(reverse=True)
except ValueError as e:
    print('ValueError', e, len(lst), [m.v for m in lst[:8]])
