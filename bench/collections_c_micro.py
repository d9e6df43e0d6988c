# collections_c_micro.py -- a micro benchmark of the library types that are
# C in CPython 3.11 and were written in the subset until session 15:
# OrderedDict (setitem, move_to_end, popitem, items()), defaultdict
# (missing keys), Counter, functools.reduce and eight itertools tools.  The
# same program runs under gclab and CPython 3.11 (docs/benchmarks.md, "The
# collections, functools and itertools types in C").
from collections import OrderedDict, defaultdict, Counter
from functools import reduce
from itertools import permutations, combinations_with_replacement, starmap, filterfalse, compress, \
    zip_longest, pairwise, tee

def add(a, b):
    return a + b

def odd(x):
    return x & 1

total = 0
L = list(range(8))
for rep in range(300):
    od = OrderedDict()
    for i in range(50):
        od[i] = i
    od.move_to_end(3)
    od.popitem(last=False)
    for k, v in od.items():
        total += v
    dd = defaultdict(list)
    for i in range(50):
        dd[i % 7].append(i)
    c = Counter(L)
    total += reduce(add, L)
    for p in permutations(L, 2):
        total += p[0]
    for p in combinations_with_replacement(L, 2):
        total += p[1]
    total += sum(starmap(pow, [(2, 3), (3, 2)]))
    total += sum(filterfalse(odd, L))
    total += sum(compress(L, L))
    for a, b in zip_longest(L, L[:3], fillvalue=0):
        total += a + b
    for a, b in pairwise(L):
        total += a
    x, y = tee(L)
    total += sum(x) + sum(y)
print(total)
