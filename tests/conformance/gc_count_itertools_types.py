# gc.get_count() around itertools.count/cycle/product and combinations:
# CPython 3.11's type_call builds an argument tuple for them (no
# vectorcall), and combinations' Argument Clinic parser its keyword tuple
# at the first call with keywords (the container difffuzz round 8 saw).
import gc, itertools
from itertools import count, cycle, product


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
delta('count()', lambda: count())
delta('count(1)', lambda: count(1))
delta('count(1, 2)', lambda: count(1, 2))
delta('count(start=1)', lambda: count(start=1))
delta('cycle', lambda: cycle('ab'))
delta('product', lambda: product([1, 2], [3, 4]))
delta('product repeat', lambda: product([1, 2], repeat=2))
delta('combinations', lambda: itertools.combinations([1, 2, 3], 2))
delta('combinations r=', lambda: itertools.combinations([1, 2, 3], r=2))
delta('next product', lambda: next(product([1, 2], [3, 4])))
delta('list product', lambda: list(product([1, 2], [3, 4])))
