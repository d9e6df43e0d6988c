# gc.get_count() around the first and later calls of the itertools tools
# that were written in the subset until session 15 (permutations,
# combinations_with_replacement, starmap, filterfalse, compress,
# zip_longest, pairwise, tee): C in CPython 3.11, so a call makes the
# iterator, its argument tuple (type_call's) and what the tool keeps, and
# next() reuses the result tuple of permutations, cwr and zip_longest
# while nobody else holds it.
import gc
from itertools import (permutations, combinations_with_replacement, starmap, filterfalse,
                       compress, zip_longest, pairwise, tee)


def delta(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)


def odd(x):
    return x % 2


L = [1, 2, 3]
P = [(2, 3), (3, 2)]
delta('permutations', lambda: permutations(L))
delta('permutations r', lambda: permutations(L, 2))
delta('permutations r=', lambda: permutations(L, r=2))
delta('cwr', lambda: combinations_with_replacement(L, 2))
delta('cwr r=', lambda: combinations_with_replacement(L, r=2))
delta('starmap', lambda: starmap(pow, P))
delta('filterfalse', lambda: filterfalse(odd, L))
delta('filterfalse None', lambda: filterfalse(None, L))
delta('compress', lambda: compress(L, L))
delta('compress kw', lambda: compress(data=L, selectors=L))
delta('zip_longest', lambda: zip_longest(L, L))
delta('zip_longest fill', lambda: zip_longest(L, L, fillvalue=0))
delta('pairwise', lambda: pairwise(L))
delta('tee', lambda: tee(L))
delta('tee 3', lambda: tee(L, 3))
delta('tee of tee', lambda: tee(tee(L)[0]))
delta('list permutations', lambda: list(permutations(L, 2)))
delta('list cwr', lambda: list(combinations_with_replacement(L, 2)))
delta('list starmap', lambda: list(starmap(pow, P)))
delta('list filterfalse', lambda: list(filterfalse(odd, L)))
delta('list compress', lambda: list(compress(L, [1, 0, 1])))
delta('list zip_longest', lambda: list(zip_longest(L, [1])))
delta('list pairwise', lambda: list(pairwise(L)))
delta('list tee', lambda: [list(t) for t in tee(L)])


# next() one at a time, dropping each result: the result tuple is reused
def stepping(label, it):
    gc.collect()
    c0 = gc.get_count()[0]
    ids = []
    for x in it:
        ids.append(id(x))
        del x
    c1 = gc.get_count()[0]
    print(label, c1 - c0, len(ids), len(set(ids)) == 1)


stepping('permutations', permutations(range(4), 2))
stepping('cwr', combinations_with_replacement(range(4), 2))
stepping('zip_longest', zip_longest(range(5), range(2)))
stepping('pairwise', pairwise(range(6)))


# a result kept alive is not reused: the next one is a fresh tuple
def keeping(label, it):
    a = next(it)
    b = next(it)
    c = next(it)
    print(label, a is b, b is c, a, b, c)


keeping('permutations', permutations('abc'))
keeping('cwr', combinations_with_replacement('ab', 2))
keeping('zip_longest', zip_longest('abc', 'x'))
keeping('pairwise', pairwise('abcd'))
p = permutations('abc', 2)
i1 = id(next(p))
i2 = id(next(p))
print('permutations dropped', i1 == i2)
z = zip_longest('abc', 'xy')
i1 = id(next(z))
i2 = id(next(z))
print('zip_longest dropped', i1 == i2)
# the reused tuple stays tracked even after a collection untracked it
p = permutations([1, 2, 3], 2)
next(p)
gc.collect()
t = next(p)
print('permutations tracked', gc.is_tracked(t), t)
