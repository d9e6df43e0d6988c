def make_counters(n):
    fs = []
    for i in range(n):
        def f(step=1, _i=i):
            return _i * 10 + step
        fs.append(f)
    return fs
print([f() for f in make_counters(3)])
late = [lambda: i for i in range(3)]
print([g() for g in late])
def acc(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get
add, get = acc(5)
add(3); add(4)
print(get(), add.__closure__ is not None, len(add.__closure__))
print([c.cell_contents for c in get.__closure__])
print(add.__code__.co_freevars, acc.__code__.co_cellvars)
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()
print(outer()())
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), fib.__name__)
gen_of_closures = (lambda y, k=k: y ** k for k in range(4))
print([h(2) for h in gen_of_closures])
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
a, b = counter(), counter()
print(a(), a(), b(), a())
print(a.__closure__[0].cell_contents)
def unbound():
    def read():
        return v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    v = 3
    return read()
print(unbound())
import gc
print(gc.is_tracked(a.__closure__[0]), type(a.__closure__[0]).__name__)
