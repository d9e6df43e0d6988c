# Probing program (issue 13, round 2): reference cycles through closures, cells and default arguments
import gc, weakref
gc.collect()
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc.self_ref = inc
    return inc
c = make_counter()
print(c(), c(), c.__closure__[0].cell_contents)
wr = weakref.ref(c)
del c
print(wr() is not None)
print(gc.collect())
print(wr())
def rec():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = rec()
print(f(5))
del f
print(gc.collect())
def make_pair():
    data = []
    def add(x):
        data.append(x)
        return len(data)
    def get():
        return data
    data.append(add)
    return add, get
add, get = make_pair()
print(add(1), len(get()))
del add, get
print(gc.collect())
class Box:
    pass
b = Box()
b.fn = lambda: b
del b
print(gc.collect())
def g(x=[]):
    x.append(g)
    return len(x)
print(g(), g())
del g
print(gc.collect())
