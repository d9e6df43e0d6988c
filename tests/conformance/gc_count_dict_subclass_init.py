# gc.get_count() around instantiating a dict subclass that defines
# __init__ (Counter is one): CPython 3.11's slot_tp_init passes self and
# the arguments on a C stack, with no argument tuple, so Counter() moves
# gen 0's count by as much as CPython's (gclab built a tuple here: one
# more container than CPython for every such call).
import gc
import collections

# CPython's Counter.update tests isinstance(x, collections.abc.Mapping):
# the first such test of a dict in a CPython process empties the ABCs'
# negative caches left by its start-up (a weakref freed: one count less
# in whichever delta comes first).  gclab has no collections.abc caches,
# so the program takes that first test here, outside any delta.
collections.Counter({})


def delta(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)


class Plain(dict):
    pass


class WithInit(dict):
    def __init__(self, iterable=None):
        pass


class WithKw(dict):
    def __init__(self, iterable=None, /, **kwds):
        pass


class WithSuper(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()


class ListInit(list):
    def __init__(self, *args):
        pass


delta('Plain', lambda: Plain())
delta('WithInit', lambda: WithInit())
delta('WithInit 1', lambda: WithInit(1))
delta('WithKw', lambda: WithKw())
delta('WithKw kw', lambda: WithKw(a=1))
delta('WithSuper', lambda: WithSuper())
delta('ListInit', lambda: ListInit(1, 2))
delta('Counter', lambda: collections.Counter())
delta('Counter kw', lambda: collections.Counter(a=1, b=2))
c = collections.Counter(a=1)
delta('Counter missing', lambda: c['zz'])
