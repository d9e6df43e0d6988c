import functools
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = functools.partial(f, 1, d=40)
print(p(2), p(2, 3), p(2, d=5), p.func is f, p.args, p.keywords)
pp = functools.partial(p, 2, c=30)
print(pp(), pp.func is f, pp.args, sorted(pp.keywords.items()))
print(repr(functools.partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))
try:
    functools.partial()
except TypeError as e:
    print("TypeError", e)
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError", e)
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 7), functools.reduce(max, [3], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
@functools.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def documented(x):
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(1) < key(2), key(2) == key(2))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
