# cycles through sets, deques, partials, defaultdicts, map objects and
# lru_cache wrappers are collected by the cycle collector
import gc
import weakref
from collections import deque, defaultdict
from functools import partial, lru_cache

class Node:
    pass

def through(make):
    n = Node()
    make(n)
    r = weakref.ref(n)
    del n
    gc.collect()
    return r() is None

def in_set(n):
    n.s = {n}

def in_deque(n):
    n.d = deque([n], maxlen=4)

def in_partial(n):
    n.p = partial(print, n)

def in_defaultdict(n):
    n.dd = defaultdict(list)
    n.dd['self'].append(n)

def in_map(n):
    n.m = map(id, [n])

def in_lru(n):
    @lru_cache(maxsize=None)
    def f(x):
        return n
    f(1)
    n.f = f

def in_frozenset(n):
    n.l = [frozenset([n])]
    n.l.append(n.l)

gc.disable()
for make in [in_set, in_deque, in_partial, in_defaultdict, in_map, in_lru, in_frozenset]:
    print(make.__name__, through(make))
print(gc.is_tracked(deque()), gc.is_tracked(partial(print)), gc.is_tracked(map(id, [])), gc.is_tracked(set()))
