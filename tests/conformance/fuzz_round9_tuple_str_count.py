# difffuzz round 9 (seed 9200575: itertools.combinations('ab', r=1)
# counted 6 here, 5 in CPython): tuple() of a str is CPython's
# PySequence_Tuple, the str's iterator and then a tuple of its length from
# the free list, with no list in between.
import gc
import itertools


def delta(label, f):
    gc.collect()
    gc.get_count()
    c0 = gc.get_count()[0]
    r = f()
    c1 = gc.get_count()[0]
    r2 = f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1, r == r2 if not hasattr(r, '__next__') else '')


delta('tuple(abc)', lambda: tuple('abc'))
delta('tuple(ab)', lambda: tuple('ab'))
delta('tuple(e)', lambda: tuple('é'))
delta('tuple()', lambda: tuple(''))
delta('tuple(list3)', lambda: tuple([1, 2, 3]))
delta('comb list', lambda: itertools.combinations([1, 2, 3], 2))
delta('comb str', lambda: itertools.combinations('abc', 2))
delta('comb str4', lambda: itertools.combinations('abcd', 2))
delta('comb r=', lambda: itertools.combinations('ab', r=1))
print(tuple('héllo'), tuple(''), tuple('a') is tuple('a'))
