import functools
from functools import reduce, partial, lru_cache, wraps, cmp_to_key
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], "init"), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(sq(7), cube_mod(7), sq.func is power, sq.args, sq.keywords, partial(sq, 3)())
calls = []
@lru_cache(maxsize=3)
def slow(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow(5), slow.__wrapped__(6), calls[-1])
def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return ("logged", fn(*a, **k))
    return inner
@logged
def add(a, b=1):
    "adds"
    return a + b
print(add(2), add(2, b=5), add.__name__, add.__doc__, add.__wrapped__(1))
def cmp(x, y):
    return (len(x) > len(y)) - (len(x) < len(y)) or (x > y) - (x < y)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info().currsize)
@lru_cache(maxsize=None)
def typed_f(x):
    return type(x).__name__
print(typed_f(1), typed_f(1.0), typed_f.cache_info().hits, typed_f.cache_info().misses)
print(functools.reduce(lambda acc, kv: acc + kv[1], {"a": 1, "b": 2}.items(), 0))
p2 = partial(print, "prefix:", sep="|")
p2("x", "y")
print(repr(partial(max, 1)).startswith("functools.partial(<built-in function max>"), callable(p2))
