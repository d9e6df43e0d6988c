# gc.get_count() around OrderedDict calls and operations (C in CPython
# 3.11: type_call's argument tuple, the OrderedDict, what update takes
# from its argument -- an exact dict's items() list, a keys() call, pairs
# -- views, the odict_iterator and its refilled items tuple, copy made
# key by key), first and later calls.
import gc
from collections import OrderedDict as O


def delta(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)


P = [('a', 1)]
delta('O()', lambda: O())
delta('O(kw)', lambda: O(a=1, b=2))
delta('O(dict)', lambda: O({'a': 1}))
delta('O(pairs)', lambda: O([('a', 1)]))
o = O(a=1, b=2, c=3)
delta('iter', lambda: list(o))
delta('items', lambda: list(o.items()))
delta('for items', lambda: [k for k, v in o.items()])
delta('values', lambda: list(o.values()))
delta('reversed', lambda: list(reversed(o)))
delta('copy', lambda: o.copy())
delta('eq', lambda: o == O(a=1, b=2, c=3))
delta('repr', lambda: repr(o))
delta('move', lambda: o.move_to_end('a'))
delta('or', lambda: o | {'z': 1})
delta('O(P)', lambda: O(P))
delta('O(iter P)', lambda: O(iter(P)))
delta('O(empty list)', lambda: O([]))
delta('O(P2)', lambda: O([['a', 1], ['b', 2]]))
delta('copy0', lambda: O().copy())
# the items tuple is refilled while nobody holds it, a fresh one when held
o = O(a=1, b=2, c=3)
it = iter(o.items())
a1 = id(next(it))
a2 = id(next(it))
print('items dropped', a1 == a2)
it = iter(o.items())
x = next(it)
y = next(it)
print('items held', x is y, x, y, gc.get_referents(it)[2])
