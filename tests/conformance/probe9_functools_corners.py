import functools

def add(a, b, c=0):
    return a + b + c
p = functools.partial(add, 1, c=10)
print(p(2), p(2, c=0), p.args, p.keywords, p.func is add)
pp = functools.partial(p, 5)
print(pp(), pp.args, pp.keywords, pp.func is add)
print(repr(functools.partial(len)).startswith("functools.partial(<built-in function len>"))
try:
    functools.partial()
except TypeError as e:
    print(e)
try:
    functools.partial(1)
except TypeError as e:
    print(e)
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(max, [], 7), functools.reduce(add, [5]))
@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
@functools.lru_cache(typed=True)
def ident(x):
    print("call", repr(x))
    return x
ident(1); ident(1.0); ident(True); ident(1)
print(ident.cache_info().currsize)
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented(x):
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1)])[0].v)
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(1) < key(2), type(key(1)).__name__)
try:
    hash(key(1))
except TypeError as e:
    print(e)
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info().hits, fib.cache_info().misses)
