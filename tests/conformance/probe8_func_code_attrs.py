def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    local = a + b
    return local
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals)
print(co.co_varnames, f.__defaults__, f.__kwdefaults__, f.__doc__, f.__name__)
def g(x, /, y):
    return x
print(g.__code__.co_posonlyargcount, g.__code__.co_argcount, g.__defaults__, g.__kwdefaults__)
def outer():
    v = 1
    w = 2
    def inner():
        return v + w
    return inner
inn = outer()
print(inn.__code__.co_freevars, outer.__code__.co_cellvars, [c.cell_contents for c in inn.__closure__])
print(f.__closure__, type(inn.__closure__[0]).__name__, inn.__qualname__)
f.__defaults__ = (20,)
print(f(1, c=3))
f.__kwdefaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)
f.__name__ = "renamed"
print(f.__name__, f.__code__.co_name, f.__qualname__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError", e)
try:
    f.__name__ = 3
except TypeError as e:
    print("TypeError", e)
f.custom = "attr"
print(f.__dict__, sorted(vars(f)))
lam = lambda x, y=1: x
print(lam.__name__, lam.__qualname__, lam.__code__.co_argcount, lam.__defaults__, lam.__doc__)
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x04), bool(f.__code__.co_flags & 0x08), bool(lam.__code__.co_flags & 0x20))
print(f.__globals__ is globals(), type(f.__code__).__name__, f.__module__)
c = inn.__closure__[0]
c.cell_contents = 100
print(inn())
def empty_cell():
    def inner():
        return z
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError", e)
    z = 5
    return cell.cell_contents
print(empty_cell())
class M:
    def meth(self):
        pass
    @staticmethod
    def st():
        pass
    @classmethod
    def cm(cls):
        pass
m = M()
print(m.meth.__func__ is M.meth, m.meth.__self__ is m, M.cm.__self__ is M, type(M.st).__name__, type(M.__dict__["st"]).__name__)
print(m.meth == m.meth, m.meth is m.meth, M.meth.__qualname__, M.cm.__qualname__, M.st.__qualname__)
print(type(M.__dict__["cm"].__func__).__name__, M.__dict__["st"].__func__ is M.st)
try:
    m.meth.attr = 1
except AttributeError as e:
    print("AttributeError", e)
