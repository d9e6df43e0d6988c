# functools: partial, reduce, lru_cache (bounded, unbounded, bare), cache, wraps, cmp_to_key
import functools
from functools import partial, reduce, lru_cache, wraps
def power(base, exp, mod=None):
    return pow(base, exp) if mod is None else pow(base, exp, mod)
sq = partial(power, exp=2); cube = partial(power, 3)
print(sq(5), cube(2), sq(base=4), partial(power, 2, 10)(mod=1000), sq.func is power, sq.args, sq.keywords, cube.args)
p2 = partial(cube, 4); print(p2(), p2.args, type(sq).__name__)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
@lru_cache(maxsize=3)
def sq2(x):
    return x * x
for v in [1, 2, 3, 1, 4, 2, 1]:
    sq2(v)
print(sq2.cache_info(), sq2.__name__); sq2.cache_clear(); print(sq2.cache_info())
@lru_cache
def ident(x):
    return x
print(ident(5), ident(5), ident.cache_info())
@functools.cache
def c2(x):
    return [x]
print(c2(1) is c2(1), c2.cache_info())
def deco(f):
    @wraps(f)
    def inner(*args):
        return f(*args) + 1
    return inner
@deco
def add(a, b):
    "adds"
    return a + b
print(add(1, 2), add.__name__, add.__wrapped__(1, 2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: reduce(lambda a, b: a, []))
err(lambda: partial())
err(lambda: partial(5))
