# closures: nonlocal, shared cells, empty cells, late binding
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late())
def empty():
    def inner():
        return v
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError", e)
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    v = 1
    print(c.cell_contents, inner())
    del v
    try:
        inner()
    except NameError as e:
        print("NameError", e)
empty()
def setcell():
    x = 1
    def g():
        return x
    g.__closure__[0].cell_contents = 42
    return x, g()
print(setcell())
def deep():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 10
            return a
        return l2()
    return l1(), a
print(deep())
def shadow():
    x = 'local'
    def g():
        x = 'inner'
        return x
    return g(), x
print(shadow())
def ubl():
    def g():
        print(y)
        y = 2
    try:
        g()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
ubl()
print(type(inc.__closure__[0]).__name__, len(counter.__code__.co_cellvars))
