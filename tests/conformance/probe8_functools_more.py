import functools
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 10))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
try:
    functools.reduce(lambda a, b: a, 5)
except TypeError as e:
    print("TypeError", e)
def f(a, b, c=3, *rest, key=None, **kw):
    return (a, b, c, rest, key, sorted(kw.items()))
p = functools.partial(f, 1, key="k")
print(p(2), p(2, 4, 5, 6, key="override", z=1))
print(p.func is f, p.args, p.keywords)
pp = functools.partial(p, 9, extra=2)
print(pp.func is f, pp.args, sorted(pp.keywords.items()), pp())
try:
    functools.partial()
except TypeError as e:
    print("TypeError", e)
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError", e)
@functools.lru_cache(maxsize=2)
def sq(n):
    print("compute", n)
    return n * n
for n in (1, 2, 1, 3, 2, 1):
    sq(n)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(4))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@functools.lru_cache
def ident(x):
    print("ident", x)
    return x
ident(1); ident(1.0); ident(True)
print(ident.cache_info().currsize)
@functools.lru_cache(typed=True)
def tid(x):
    return type(x).__name__
print(tid(1), tid(1.0), tid(True), tid.cache_info().currsize)
try:
    ident([1])
except TypeError as e:
    print("TypeError", e)
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    "the real doc"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
print(sorted(functools.WRAPPER_ASSIGNMENTS), functools.WRAPPER_UPDATES)
def target():
    pass
target.attr = {"a": 1}
def wrapper():
    pass
wrapper.attr = {"b": 2}
functools.update_wrapper(wrapper, target)
print(sorted(wrapper.attr.items()), wrapper.__name__)
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(2) > V(2), V(1) != V(1))
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(1) < key(2))
