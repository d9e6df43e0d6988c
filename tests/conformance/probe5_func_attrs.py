def f(a, b=2, *args, c, d=4, **kw):
    """Docstring of f."""
    x = a + b
    return x

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames)
print(co.co_nlocals, co.co_filename.endswith(".py"), co.co_firstlineno)
class K:
    def meth(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(K.meth.__qualname__, K().meth().__qualname__, K.Nested.deep.__qualname__, K.Nested.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, (lambda: 0).__code__.co_name)
f.__defaults__ = (20,)
print(f(1, c=0))
f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
f.custom = [1]
print(f.__dict__, hasattr(f, "custom"))
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
def g():
    pass
print(g.__defaults__, g.__kwdefaults__, g.__doc__, g() is None, g.__closure__)
print(type(g).__name__, type(K.meth).__name__, type(K().meth).__name__, type(len).__name__)
def dec(fn):
    fn.decorated = True
    return fn
@dec
def h():
    "doc h"
print(h.decorated, h.__doc__)
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    K.meth(1, 2)
except TypeError as e:
    print("TypeError:", e)
def many(a, b, c, d):
    pass
try:
    many(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2, 3, d=4, e=5)
except TypeError as e:
    print("TypeError:", e)
try:
    many(*[1, 2], **{"c": 1, "a": 2})
except TypeError as e:
    print("TypeError:", e)
