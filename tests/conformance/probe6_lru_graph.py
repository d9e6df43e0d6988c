# A memoised path counter over a small DAG, cache statistics, clearing.
import functools

EDGES = {
    'a': ['b', 'c'], 'b': ['d', 'e'], 'c': ['e', 'f'],
    'd': ['g'], 'e': ['g', 'h'], 'f': ['h'], 'g': ['z'], 'h': ['z'], 'z': [],
}


@functools.lru_cache(maxsize=4)
def paths(node):
    if node == 'z':
        return 1
    return sum(paths(n) for n in EDGES[node])


print(paths('a'))
info = paths.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, info._fields)
paths.cache_clear()
print(paths.cache_info())
for n in sorted(EDGES):
    print(n, paths(n), end='; ')
print()
print(paths.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info().currsize)
print(fib.__wrapped__(10) == fib(10), fib.__name__)


@functools.cache
def typed_key(x):
    return repr(x)


print(typed_key(1), typed_key(1.0), typed_key(True), typed_key.cache_info().currsize)
try:
    typed_key([1])
except TypeError as e:
    print('TypeError:', e)
