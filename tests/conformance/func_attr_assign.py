# Assigning a function's own attributes (__module__, __annotations__,
# __dict__, __doc__) sets them, with CPython 3.11's checks; they never land
# in the function's __dict__.  functools.wraps copies them so.
import functools
def f(a, b=1): "doc"
def show(label, fn):
    print(label, fn.__module__, fn.__name__, fn.__qualname__, fn.__doc__, fn.__annotations__, sorted(fn.__dict__))
f.__module__ = "elsewhere"
show("module", f)
del f.__module__
print(f.__module__)
f.__annotations__ = {"a": int}
show("ann", f)
for bad in (5, [1]):
    try: f.__annotations__ = bad
    except TypeError as e: print("TypeError", e)
f.__annotations__ = None; print(f.__annotations__)
del f.__annotations__; print(f.__annotations__)
f.__dict__ = {"x": 1}; print(f.x, f.__dict__)
for bad in (None, 3):
    try: f.__dict__ = bad
    except TypeError as e: print("TypeError", e)
try: del f.__dict__
except TypeError as e: print("TypeError", e)
@functools.wraps(f)
def g(*a): return f(*a)
show("wraps", g)
print(g.__wrapped__ is f)
f.__doc__ = None; del f.__doc__; print(f.__doc__)
