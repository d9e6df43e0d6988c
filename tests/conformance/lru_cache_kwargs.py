# functools.lru_cache / cache with keyword arguments (CPython's key: keyword order matters), typed keys, cache_info/cache_clear
import functools
calls = []
@functools.lru_cache(maxsize=None)
def f(a, b=2, *, c=0):
    calls.append((a, b, c))
    return a + b + c
print(f(1), f(1, b=3), f(1, b=3), f(1, 3), f(a=1, b=3), f(b=3, a=1), f(1, c=5), f(1, c=5))
print(f.cache_info(), len(calls))
f.cache_clear()
print(f.cache_info(), f(1, b=3), f.cache_info())
@functools.lru_cache(maxsize=2, typed=True)
def g(x, y=0):
    return x * 2 + y
print(g(1), g(1.0), g(1, y=1), g(1, y=1.0), g.cache_info())
@functools.lru_cache
def h(n, *, scale=1):
    return n * scale
print(h(3, scale=2), h(3, scale=2), h.cache_info(), h.__name__, h.__wrapped__(2, scale=5))
@functools.cache
def k(**kw):
    return sorted(kw.items())
print(k(a=1, b=2), k(b=2, a=1), k.cache_info())
