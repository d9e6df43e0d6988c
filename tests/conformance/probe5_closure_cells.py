def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, get.__closure__[0] is inc.__closure__[0])
print(make_counter.__code__.co_cellvars, inc.__code__.co_varnames, inc.__code__.co_argcount)

def late():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(late())

def unbound():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    print(type(inner.__closure__[0]).__name__, repr(inner.__closure__[0]).endswith("empty>"))
    x = 5
    return inner()
try:
    print(unbound())
except Exception as e:
    print(type(e).__name__)

def cell_empty():
    def f():
        return y
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    y = 1
    print(c.cell_contents)
    del y
    try:
        f()
    except NameError as e:
        print("NameError:", e)
cell_empty()

def shadow():
    x = "outer"
    def a():
        x = "a-local"
        def b():
            return x
        return b()
    def c():
        return x
    return a(), c()
print(shadow())

def local_before():
    v = 1
    def f():
        print(v)
        v = 2
    try:
        f()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
local_before()
adders = {}
for name, k in [("two", 2), ("ten", 10)]:
    def adder(x, k=k):
        return x + k
    adders[name] = adder
print({n: f(1) for n, f in adders.items()})
def acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    add.items = items
    return add
a = acc(); a(1); a(2)
print(a.items, a.__dict__.keys() if False else sorted(vars(a)))
