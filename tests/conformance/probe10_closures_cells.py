def make():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = make()
print(g.__closure__[0].cell_contents, g.__closure__ is not s.__closure__, g.__closure__[0] is s.__closure__[0])
s(5)
print(g(), g.__closure__[0].cell_contents)
g.__closure__[0].cell_contents = 9
print(g())
def empty_cell():
    def inner():
        return y
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError", e)
    y = 2
    return c.cell_contents
print(empty_cell())
def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a1, a2 = counter_gen(), counter_gen()
print(a1(1), a1(2), a2(10), a1(0))
fs = []
for i in range(3):
    def f(i=i):
        return i
    fs.append(f)
print([f() for f in fs])
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()
d = deep()
print(d(), len(d.__closure__), d.__code__.co_freevars)
print(make.__code__.co_cellvars, g.__code__.co_freevars, (lambda: 0).__closure__)
def cellarg(p):
    def inner():
        return p
    p = p * 2
    return inner
print(cellarg(4)())
