# functools.reduce is C in CPython 3.11 (_functools): what a call
# allocates (gc.get_count() around its first and later calls), the
# argument pair it refills in place while the function keeps no
# reference to it, its errors, and that it is a built-in function.
import gc
import functools
from functools import reduce


def delta(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)


def add(a, b):
    return a + b


L = [1, 2, 3, 4]
delta('reduce', lambda: reduce(add, L))
delta('reduce initial', lambda: reduce(add, L, 10))
delta('reduce lambda', lambda: reduce(lambda a, b: a * b, L))
delta('reduce one', lambda: reduce(add, [5]))
delta('reduce empty initial', lambda: reduce(add, [], 0))
delta('reduce tuples', lambda: reduce(add, [(1,), (2,), (3,)]))
print(reduce(add, L), reduce(add, L, 10), reduce(add, 'abc'), reduce(add, [], 'x'), reduce(add, [[1], [2]]))

ids = []


def seen(*args):
    ids.append(id(args))
    return args[0] + args[1]


print(reduce(seen, range(6)))
kept = []


def keep(*args):
    kept.append(args)
    return args[0] + args[1]


print(reduce(keep, range(5)), kept)
print(type(reduce).__name__, reduce.__module__, reduce.__name__, functools.reduce is reduce)
print(repr(reduce) == '<built-in function reduce>')

for label, f in [
    ('no args', lambda: reduce()),
    ('one arg', lambda: reduce(add)),
    ('four args', lambda: reduce(add, L, 0, 1)),
    ('keyword', lambda: reduce(add, L, initial=0)),
    ('not iterable', lambda: reduce(add, 3)),
    ('empty', lambda: reduce(add, [])),
    ('empty gen', lambda: reduce(add, (x for x in []))),
    ('bad add', lambda: reduce(add, [1, 'a'])),
]:
    try:
        f()
        print(label, 'ok')
    except Exception as err:
        print(label, type(err).__name__, err, err.__context__, err.__suppress_context__)


class BadIter:
    def __iter__(self):
        raise ValueError('no iteration')


try:
    reduce(add, BadIter())
except ValueError as err:
    print('ValueError', err)
