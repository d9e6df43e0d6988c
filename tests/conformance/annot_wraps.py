# functools.wraps / update_wrapper copy __annotations__ (WRAPPER_ASSIGNMENTS
# of CPython 3.11), and the wrapper's own are replaced, not merged.
import functools

print(functools.WRAPPER_ASSIGNMENTS)

def logged(func):
    @functools.wraps(func)
    def wrapper(*args: 'wrapper args', **kwargs) -> 'wrapper return':
        return func(*args, **kwargs)
    return wrapper

@logged
def add(x: int, y: int = 0) -> int:
    """Add two numbers."""
    return x + y

print(add(2, 3), add.__name__, add.__doc__)
print(add.__annotations__)
print(add.__annotations__ is add.__wrapped__.__annotations__)

def plain(a, b):
    return a

def target(x: float) -> str:
    return str(x)

functools.update_wrapper(plain, target)
print(plain.__annotations__, plain.__name__)

# a wrapped callable without __annotations__ leaves the wrapper's
class Callable:
    def __call__(self):
        return 1
def w2(q: 'own') -> 'own':
    pass
functools.update_wrapper(w2, Callable())
print(w2.__annotations__)

# partial objects have none; lru_cache keeps the function's
@functools.lru_cache(maxsize=None)
def cached(n: int) -> int:
    return n
print(cached.__annotations__)
p = functools.partial(target, 1.5)
print(hasattr(p, '__annotations__'))
sm = staticmethod(target)
print(sm.__annotations__)
