import functools
@functools.lru_cache(maxsize=3)
def slow(n):
    print("computing", n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    slow(n)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.__name__, slow.__wrapped__.__name__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@functools.cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq.cache_info())
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return ("wrapped", fn(*a, **k))
    return inner
@deco
def target(a, b=2):
    """target doc"""
    return a + b
print(target(1), target.__name__, target.__doc__, target.__wrapped__(5))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
p = functools.partial(int, base=2)
print(p("101"), p.func, p.args, p.keywords)
p2 = functools.partial(pow, 2)
print(p2(10), functools.partial(p2, 3)(), repr(functools.partial(max, 1, key=abs)))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register(int)
def _(x):
    return f"int {x}"
@describe.register
def _(x: list):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1)])[0].v)
class Cls:
    def m(self, a, b):
        return a - b
    rev = functools.partialmethod(m, 10)
print(Cls().rev(3))
try:
    slow([1])
except TypeError as e:
    print("TypeError", e)
