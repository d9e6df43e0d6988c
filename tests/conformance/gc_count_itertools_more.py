# gc.get_count() around the first and second call of the itertools C types
# (session 14): CPython 3.11's type_call builds an argument tuple for a
# type without a vectorcall (none of them has one in 3.11); the first call
# after gc.collect() (which empties the free lists) allocates it, later
# calls take it from the tuple free list.
import gc, itertools
from itertools import (repeat, accumulate, takewhile, dropwhile, groupby, islice,
                       chain)


def show(*a):
    print(*a)


def delta(label, f):
    gc.collect()
    gc.get_count()
    c0 = gc.get_count()[0]
    r = f()
    c1 = gc.get_count()[0]
    r2 = f()
    c2 = gc.get_count()[0]
    show(label, c1 - c0, c2 - c1)


def pred(x):
    return x < 2


def key(x):
    return x // 2


L = [1, 2, 3]
delta('repeat', lambda: repeat(1))
delta('repeat n', lambda: repeat(1, 3))
delta('repeat times=', lambda: repeat(1, times=3))
delta('accumulate', lambda: accumulate(L))
delta('accumulate initial=', lambda: accumulate(L, initial=0))
delta('takewhile', lambda: takewhile(pred, L))
delta('dropwhile', lambda: dropwhile(pred, L))
delta('groupby', lambda: groupby(L))
delta('groupby key', lambda: groupby(L, key))
delta('groupby key=', lambda: groupby(L, key=key))
delta('islice', lambda: islice(L, 2))
delta('islice 3', lambda: islice(L, 0, 2))
delta('chain', lambda: chain(L, L))
delta('next groupby', lambda: next(groupby(L)))
delta('list islice', lambda: list(islice(L, 2)))
