# functools.lru_cache as CPython 3.11's C _lru_cache_wrapper: its type, keys
# (a lone int/str argument is its own key, so f(1) and f(1.0) are two
# entries), LRU order and eviction, maxsize None/0/negative/bool, typed,
# keyword order, cache_info/cache_clear/cache_parameters, __wrapped__ and
# the copied attributes, method binding, errors (unhashable, raising
# functions are not cached), recursion into a bounded cache.
import functools
from functools import lru_cache

calls = []

@lru_cache(maxsize=2)
def sq(x):
    "squares"
    calls.append(x)
    return x * x

print(type(sq).__name__, type(sq).__module__, sq.__name__, sq.__qualname__, sq.__doc__, sq.__module__)
print(sq.__wrapped__(7), sq.cache_parameters(), callable(sq), sq.__reduce__())
print(sq.__copy__() is sq, sq.__deepcopy__({}) is sq)
for v in [1, 2, 1, 3, 2, 1, 3, 3]:
    sq(v)
print(calls, sq.cache_info())
info = sq.cache_info()
print(type(info).__name__, info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
sq.cache_clear()
print(sq.cache_info(), sq(4), sq.cache_info())

# keys: ints and strs alone are their own keys; 1 == 1.0 == True otherwise
keys = []
@lru_cache(maxsize=None)
def ident(x):
    keys.append(repr(x))
    return x
for v in [1, 1.0, True, 'a', 'a', (1,), (1.0,), 2, 2.0]:
    ident(v)
print(keys, ident.cache_info())

@lru_cache(maxsize=None)
def pair(a, b=0):
    keys.append((a, b))
    return a + b
keys.clear()
print(pair(1, 2), pair(1, 2), pair(1.0, 2), pair(1, b=2), pair(b=2, a=1), pair(a=1, b=2), pair(1))
print(keys, pair.cache_info())

# typed: int, float and bool arguments are different keys
@lru_cache(maxsize=8, typed=True)
def t(x, y=0):
    keys.append((type(x).__name__, type(y).__name__))
    return x + y
keys.clear()
for args in [(1,), (1.0,), (True,), (1,), (1, 0), (1, 0.0)]:
    t(*args)
t(1, y=0); t(1, y=False); t(1, y=0)
print(keys, t.cache_info(), t.cache_parameters())

# maxsize 0 and negative: nothing cached; bool maxsize; None
for m in [0, -5, True, None, 3]:
    @lru_cache(maxsize=m)
    def z(x):
        return x
    z(1); z(1); z(2)
    print(m, z.cache_info(), z.cache_parameters())

# bare decorator and functools.cache
@lru_cache
def bare(x):
    return [x]
print(bare(1) is bare(1), bare.cache_info())
@functools.cache
def c(x):
    return [x]
print(c(1) is c(1), c.cache_info(), c.cache_parameters())

# errors: unhashable arguments, a raising function (not cached), bad maxsize
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
err(sq, [1])
err(pair, {}, b=1)
n = 0
@lru_cache(maxsize=4)
def boom(x):
    global n
    n += 1
    if n < 3:
        raise ValueError('boom %d' % n)
    return x
err(boom, 1); err(boom, 1); err(boom, 1); err(boom, 1)
print(boom.cache_info())
err(lru_cache, 'x')
err(lru_cache(maxsize=None), 5)
err(functools._lru_cache_wrapper, len, 'x', False, None)
err(sq.cache_info, 1)

# methods: the wrapper binds like a function; self is part of the key
class Shape:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n
    @lru_cache(maxsize=None)
    def area(self, scale=1):
        keys.append(('area', self.n, scale))
        return self.n * self.n * scale
keys.clear()
a, b = Shape(3), Shape(3)
print(a.area(), b.area(), a.area(2), Shape.area(a), type(Shape.__dict__['area']).__name__)
print(type(a.area).__name__, a.area.__self__ is a, keys, Shape.area.cache_info())

# recursion into a bounded cache smaller than the recursion
@lru_cache(maxsize=3)
def fib(k):
    return k if k < 2 else fib(k - 1) + fib(k - 2)
print(fib(60), fib.cache_info())
@lru_cache(maxsize=None)
def fib2(k):
    return k if k < 2 else fib2(k - 1) + fib2(k - 2)
print(fib2(200), fib2.cache_info())

# a long LRU run against a model of it
@lru_cache(maxsize=5)
def f(x):
    return x * 3
model, hits = [], 0
for i in range(400):
    x = (i * i + i // 3) % 9
    f(x)
    if x in model:
        hits += 1
        model.remove(x)
    elif len(model) == 5:
        model.pop(0)
    model.append(x)
print(f.cache_info(), hits, model)

# attributes live in the wrapper's __dict__
sq.extra = 5
print(sorted(k for k in sq.__dict__ if k[:6] not in ('cache_', '__anno')), sq.extra)   # no annotations in gclab
