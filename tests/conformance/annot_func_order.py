# Function annotations as CPython 3.11 evaluates and stores them: at def
# time, after the defaults and keyword defaults, in parameter order
# (positional-only, positional, *args, keyword-only, **kwargs), then
# 'return'; names mangled in a class; lambdas have none.
order = []

def note(tag, value):
    order.append(tag)
    return value

def deco(f):
    order.append('deco')
    return f

@deco
def f(a: note('a', int), /, b: note('b', str) = note('default b', 'B'), *args: note('args', tuple),
      k: note('k', float), m: note('m', list) = note('default m', 3), **kw: note('kw', dict)) -> note('return', None):
    return a, b, args, k, m, kw

print(order)
print(f.__annotations__)
print(list(f.__annotations__))
print(f(1, k=2))
print(f.__annotations__ is f.__annotations__)

def no_ann(x, y=1):
    pass
print(no_ann.__annotations__, type(no_ann.__annotations__).__name__)

def partial_ann(x, y: 'text', z=2, *, w: 3.5 = 1):
    pass
print(partial_ann.__annotations__)

def only_return() -> 'r':
    pass
print(only_return.__annotations__)

lam = lambda a, b=1: a
print(lam.__annotations__)

class C:
    def meth(self, __secret: int, _single: str, __dunder__: float) -> 'C':
        pass
print(C.meth.__annotations__)

def outer():
    T = list
    def inner(x: T) -> T:
        return x
    return inner
print(outer().__annotations__)
print(outer().__code__.co_freevars)

# assigning, deleting and replacing
def g(x: int) -> str:
    return str(x)
g.__annotations__['extra'] = bytes
print(g.__annotations__)
g.__annotations__ = {'new': 1}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
try:
    g.__annotations__ = 3
except TypeError as e:
    print('TypeError:', e)

# an annotation that raises stops the def; nothing is bound
try:
    def h(x: undefined_name):
        pass
except NameError as e:
    print('NameError:', e)
print('h' in globals())

# expressions of every kind are kept as values
def many(a: 1 + 2, b: [1, 2], c: {'k': 'v'}, d: (int, str), e: lambda: 0, f: None, g: ...):
    pass
ann = many.__annotations__
print(ann['a'], ann['b'], ann['c'], ann['d'], callable(ann['e']), ann['f'], ann['g'])

# a starred annotation on *args (PEP 646 syntax) is unpacked as [value] = [*x]
def star(*args: *[int]):
    pass
print(star.__annotations__)
try:
    def star2(*args: *[int, str]):
        pass
except ValueError as e:
    print('ValueError:', e)

# methods, static and class methods see the function's annotations
class D:
    @staticmethod
    def s(x: int) -> int:
        return x
    @classmethod
    def c(cls, y: str) -> str:
        return y
print(D.s.__annotations__, D.c.__annotations__)
print(D.__dict__['s'].__annotations__)
