def outer():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    return inner()
print(outer())
def outer2():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner
print(outer2()())
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__code__.co_freevars)
def make_adders():
    adders = {}
    for n in (1, 2, 3):
        def add(v, n=n):
            return v + n
        adders[n] = add
    late = [lambda v: v + n for n in (10, 20)]
    return adders, late
adders, late = make_adders()
print([adders[k](100) for k in adders], [f(100) for f in late])
def class_in_func():
    value = "enclosing"
    class K:
        value = "class attr"
        def m(self):
            return value
        got = value
    return K().m(), K.got
print(class_in_func())
def class_nonlocal():
    v = "orig"
    class K:
        nonlocal v
        v = "set from class body"
    return v
print(class_nonlocal())
def shadow_param(x):
    def inner():
        return x * 2
    x = 10
    return inner()
print(shadow_param(1))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            def l3():
                return a + b
            return l3
        return l2()
    return l1()
f = deep()
print(f(), len(f.__closure__), f.__code__.co_freevars)
def gen_closure():
    items = []
    def g():
        for i in range(3):
            items.append(i)
            yield len(items)
    return g, items
g, items = gen_closure()
print(list(g()), items)
def rebinding():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return [f() for f in fs]
print(rebinding())
x = "module x"
def reads_global():
    return x
def has_local_later():
    try:
        return x
    finally:
        pass
    x = 1
try:
    has_local_later()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(reads_global())
