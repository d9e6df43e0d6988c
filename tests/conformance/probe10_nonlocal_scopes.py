def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__code__.co_freevars, counter.__code__.co_cellvars)
x = "global"
def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = "c-set"
        c()
        return x
    r = b()
    return r, x
print(a(), x)
def late():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(late())
def shadow():
    y = 1
    def inner():
        y = 2
        return y
    return inner(), y
print(shadow())
def glob():
    global newg
    newg = 5
glob()
print(newg)
def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    z = 1
unbound()
def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
free_unbound()
def deleted():
    q = 1
    del q
    try:
        q
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
deleted()
