# Instances of tuple subclasses stay tracked by the collector even when
# they hold only atoms (CPython untracks exact tuples only), and a cycle
# through one (its items or its __dict__) is collected.
import gc
import weakref
from collections import namedtuple


class Pair(tuple):
    pass


class Slim(tuple):
    __slots__ = ()


P = namedtuple('P', 'x y')
atoms = (1, 2)
pair, slim, nt = Pair((1, 2)), Slim((1, 2)), P(1, 2)
gc.collect()
print(gc.is_tracked(atoms), gc.is_tracked(pair), gc.is_tracked(slim), gc.is_tracked(nt), gc.is_tracked(Pair()))


class Holder:
    pass


def cycle_items():
    h = Holder()
    t = Pair([h])
    h.t = t
    return weakref.ref(h)


def cycle_dict():
    h = Holder()
    t = Pair([1])
    t.h = h
    h.t = t
    return weakref.ref(h)


def cycle_nt():
    h = Holder()
    h.p = P(h, 1)
    return weakref.ref(h)


refs = [cycle_items(), cycle_dict(), cycle_nt()]
gc.collect()
print([r() for r in refs])
