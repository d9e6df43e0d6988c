# f.__code__ = other: CPython's func_set_code replaces the code (the next
# call runs the other body, also at quickened call sites), refuses a
# non-code value and a code object whose free-variable count differs from
# the function's closure (ValueError).
def f(a, b=2):
    return ('f', a, b)
def g(a, b=5):
    return ('g', a * 10, b)
def outer():
    x = 1
    def h(a):
        return ('h', a, x)
    return h
h = outer()
print(f(1), f.__code__.co_name)
f.__code__ = g.__code__
print(f(1), f.__name__, f.__code__ is g.__code__, f.__code__.co_name)
for val in (None, 1, 'x'):
    try:
        f.__code__ = val
    except TypeError as e:
        print('TypeError', e)
try:
    del f.__code__
except TypeError as e:
    print('TypeError', e)
try:
    f.__code__ = h.__code__
except ValueError as e:
    print('ValueError', e)
try:
    h.__code__ = g.__code__
except ValueError as e:
    print('ValueError', e)
print(f(3), h(2))
print('__code__' in f.__dict__)
# swapped after the call sites were quickened, and between closures
def outer2():
    y = 'y'
    def k(a):
        return ('k', a, y)
    return k
k = outer2()
h.__code__ = k.__code__
print(h(4))
class C:
    def m(self):
        return 'm'
    @property
    def p(self):
        return 'p'
def m2(self):
    return 'm2'
c = C()
out = []
for i in range(40):
    if i == 20:
        C.m.__code__ = m2.__code__
        C.p.fget.__code__ = m2.__code__
    out.append(c.m() + c.p)
print(out[19], out[20])
def gen():
    yield 1
def plain():
    return 7
plain.__code__ = gen.__code__
print(type(plain()).__name__, list(plain()))
lam = lambda: 'lam'
plain.__code__ = lam.__code__
print(plain(), plain.__name__, plain.__qualname__)
try:
    plain(1)
except TypeError as e:
    print('TypeError', e)
