# Probing program (issue 13, round 2): late binding, default capture, nonlocal, cells shared by closures
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = make()
print(get())
set_(42)
print(get(), get.__closure__[0] is set_.__closure__[0])
def outer():
    a = []
    def mid():
        def inner():
            a.append(len(a))
            return a
        return inner
    return mid()
inner = outer()
print(inner(), inner())
print(len(inner.__closure__), inner.__code__.co_freevars if False else "skip")
def late():
    fns = []
    for n in range(3):
        def f():
            return n
        fns.append(f)
    n = 100
    return [f() for f in fns]
print(late())
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def unbound():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print("NameError", e)
    y = 5
    return g()
print(unbound())
def shadow():
    v = "outer"
    def g():
        v = "inner"
        return v
    return g(), v
print(shadow())
def cell_empty():
    def g():
        return z
    c = g.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError", e)
    z = 1
    return c.cell_contents
print(cell_empty())
print((lambda: (lambda: 7)())(), (lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
adders = {k: (lambda v, k=k: v + k) for k in (1, 10)}
print(adders[1](5), adders[10](5))
