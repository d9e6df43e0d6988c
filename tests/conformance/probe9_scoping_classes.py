x = "global"
class C:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C.y, C().m(), C.z, C.w)
def outer():
    x = "enclosing"
    class D:
        print("in D", x)
        x = "D attr"
        def m(self):
            return x
    return D
print(outer()().m(), outer.__name__)
def f():
    class E:
        nonlocal_val = 1
        def g(self):
            return __class__
    return E
print(f()().g().__name__, f().__qualname__)
class Q:
    class Inner:
        def m(self):
            pass
print(Q.Inner.__qualname__, Q.Inner.m.__qualname__, Q.Inner.__name__)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = counter()
print(i(), i(), i.__code__.co_freevars, counter.__code__.co_cellvars)
def shadow():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
shadow()
g1 = 0
def gl():
    global g1
    g1 += 1
    return g1
print(gl(), gl(), g1)
print([(lambda: i)() for i in range(2)], {k: (lambda: k)() for k in "ab"})
