# Memoizing decorators: hand-written with functools.wraps, and lru_cache.
import functools

calls = []

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        key = (args, tuple(sorted(kw.items())))
        if key not in cache:
            calls.append(fn.__name__)
            cache[key] = fn(*args, **kw)
        return cache[key]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@memoize
def power(base, exp=2):
    return base ** exp

print(fib(30), len(fib.cache), calls.count("fib"))
print(fib.__name__, fib.__doc__, fib.__wrapped__.__name__, fib.__qualname__)
print(power(3), power(3, exp=2), power(base=3), power(2, 10), len(power.cache))

@functools.lru_cache(maxsize=4)
def slow_square(x):
    calls.append(x)
    return x * x

for v in [1, 2, 3, 1, 4, 5, 1, 2, 6, 2]:
    slow_square(v)
print(slow_square.cache_info())
print(calls[-8:])
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square.cache_parameters())

@functools.lru_cache(maxsize=None)
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)

print(count_paths(16, 16), count_paths.cache_info().currsize)

@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
try:
    slow_square([1])
except TypeError as e:
    print("TypeError:", e)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property if hasattr(functools, "cached_property") else property
    def area(self):
        calls.append("area")
        return round(3.14159 * self.r ** 2, 3)

c = Circle(2)
print(c.area, c.area, calls.count("area"))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(max, [3, 9, 2], 0))
