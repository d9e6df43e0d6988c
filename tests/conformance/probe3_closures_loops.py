# Probing program (issue 13, round 3): closures in loops, nonlocal, late binding
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    i = 10
    return out
print([f() for f in make()])
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents if inc.__closure__ else None)
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = mid()
    f(); f()
    return x
print(outer())
def shadow():
    x = "outer"
    def f():
        x = "local"
        return x
    f()
    return x
print(shadow())
def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return f()
print(unbound())
def comp_scope():
    x = 5
    return [x * j for j in range(3)], {j: x for j in range(2)}
print(comp_scope())
def loop_var_after():
    for q in range(4):
        pass
    return q
print(loop_var_after())
gen_fs = list((lambda: k) for k in range(3))
print([f() for f in gen_fs])
def cell_del():
    v = 1
    def f():
        return v
    del v
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
cell_del()
