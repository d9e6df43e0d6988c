def make():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_

g, s = make()
print(g(), s(5), g())
print(g.__closure__[0] is s.__closure__[0])
print(g.__closure__[0].cell_contents)
print(g.__code__.co_freevars, make.__code__.co_cellvars)
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def early():
    return [(lambda i=i: i)() for i in range(3)]
print(early())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
    return inner()
print(unbound())
def empty_cell():
    def inner():
        return z
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError", e)
    z = 3
    print(c.cell_contents)
    del z
    try:
        inner()
    except NameError as e:
        print(e)
empty_cell()
print(g.__closure__[0] == s.__closure__[0], type(g.__closure__[0]).__name__)
print(make.__closure__)
