# functools.lru_cache and the cycle collector: the C wrapper is a tracked
# container whose traverse reaches its function, cache and each cached
# key and result, so cycles through an unbounded or a bounded cache (via
# the result or the key) are collected; evicted results die at once under
# refcounting, and a __del__ calling the cache while it evicts is safe.
import gc
import weakref
from functools import lru_cache

gc.collect()
@lru_cache(maxsize=3)
def plain(x):
    return [x]
r1 = plain(1)
print(gc.is_tracked(plain), plain.__wrapped__ in gc.get_referents(plain), any(o is r1 for o in gc.get_referents(plain)))

class Node:
    pass

def make(maxsize, via):
    @lru_cache(maxsize=maxsize)
    def f(x):
        n = Node()
        if via == 'result':
            n.f = f
        return n
    k = Node()
    if via == 'key':
        k.f = f
    f(k)
    f(2)
    f(2)
    return weakref.ref(f), f.cache_info()

for maxsize in (None, 2, 1):
    for via in ('result', 'key'):
        w, info = make(maxsize, via)
        alive = w() is not None
        n = gc.collect()
        print(maxsize, via, info, alive, w() is None, n > 0)

# the wrapper alone in a cycle through its __dict__
@lru_cache(maxsize=None)
def g(x):
    return x
g.me = g
w = weakref.ref(g)
del g
print(w() is not None, gc.collect() > 0, w() is None)

# evicted results die at eviction (refcounting); their __del__ calls the
# cache again while it evicts
died = []
class Res:
    def __init__(self, x):
        self.x = x
    def __del__(self):
        died.append(self.x)
        h(self.x + 100)

@lru_cache(maxsize=2)
def h(x):
    return Res(x) if x < 100 else x
for x in [1, 2, 3, 1, 4]:
    h(x)
print(sorted(died))
h.cache_clear()
gc.collect()
info = h.cache_info()
print(sorted(died), info.currsize <= 2)
