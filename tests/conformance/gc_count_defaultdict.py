# gc.get_count() around defaultdict calls (C in CPython 3.11, called
# through type_call: its argument tuple, the dict, a tuple of the rest of
# the arguments when there are any) and around a missing key (__missing__
# bound and called, the factory's value), first and later calls.
import gc
from collections import defaultdict


def delta(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)


n = [0]


def k():
    n[0] += 1
    return n[0]


e = defaultdict(int)
d = defaultdict(list)
delta('dd()', lambda: defaultdict())
delta('dd(list)', lambda: defaultdict(list))
delta('dd(list, d)', lambda: defaultdict(list, {'a': 1}))
delta('missing int', lambda: e[k()])
delta('getitem', lambda: e.__getitem__(k()))
delta('hit', lambda: e[1])
delta('dd(list, kw)', lambda: defaultdict(list, a=1))
delta('missing', lambda: d[object()])
delta('copy', lambda: d.copy())
delta('or', lambda: d | {1: 2})
