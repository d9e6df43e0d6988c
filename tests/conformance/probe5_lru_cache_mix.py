import functools
from functools import lru_cache, wraps, partial, reduce

calls = []
@lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2, 5]:
    sq(n)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(6), sq.cache_parameters())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache(typed=True)
def ident(x):
    calls.append(("id", x, type(x).__name__))
    return x
ident(1); ident(1.0); ident(1); ident(True)
print(calls[-3:], ident.cache_info().currsize)

def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        r = fn(*a, **k)
        print("call %s%r -> %r" % (fn.__name__, a, r))
        return r
    return wrapper

@logged
def add(a, b=10):
    """add two things"""
    return a + b
add(1); add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
p = partial(add, 100)
print(p(1), p.args, p.keywords, p.func is add)
p2 = partial(p, b=7)
print(p2(), p2.args, p2.keywords)
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], "empty"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
class Memo:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def scaled(self, x):
        calls.append(("scaled", self.k, x))
        return self.k * x
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return isinstance(o, Memo) and o.k == self.k
m1, m2 = Memo(2), Memo(2)
print(m1.scaled(3), m2.scaled(3), Memo.scaled.cache_info().hits, calls[-1])
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError:", e)
