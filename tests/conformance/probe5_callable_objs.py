from functools import partial

class Adder:
    def __init__(self, n):
        self.n = n
        self.count = 0
    def __call__(self, x, *rest, scale=1):
        self.count += 1
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.count, callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
try:
    add5(1, scale=2, other=3)
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable()), callable(len), callable(print), callable(None), callable(lambda: 0))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n if self.n < 4 else None
print(list(iter(Counter(), None)))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str, abs, Adder(-100))
print(repr(pipeline(3)), pipeline.__name__, pipeline.__qualname__)
class Method:
    def meth(self, a, b=2):
        return (self, a, b)
    def __repr__(self):
        return "M"
m = Method()
bound = m.meth
print(bound(1), bound.__self__, bound.__func__ is Method.meth, bound.__name__)
print(Method.meth(m, 9, b=8), partial(Method.meth, m, b=0)(7))
print(bound == m.meth, bound is m.meth, Method().meth == m.meth)
try:
    Method.meth()
except TypeError as e:
    print("TypeError:", e)
try:
    m.meth(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    m.meth(1, a=2)
except TypeError as e:
    print("TypeError:", e)
def kwonly(a, *, b, c=3):
    return a, b, c
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
def posonly(a, b, /, c):
    return a, b, c
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
print(posonly(1, 2, c=3), kwonly(0, b=1))
