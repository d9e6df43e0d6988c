# Code object attributes: names, counts, variable tuples, flags, the first
# line (a decorated function's is its first decorator's), co_consts where
# the compiler's constants are CPython's, replace().
def plain(a, b=1, *args, c, d=2, **kw):
    x = a + b
    return x
def counter(start):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
def gen(n):
    for i in range(n):
        yield i
def posonly(a, b, /, c):
    return a
class K:
    def meth(self):
        return [y for y in range(3)]
def deco(f):
    return f
@deco
def decorated():
    pass
lam = lambda q: q.attr
def consts():
    s = "text"
    t = 2.5
    return s, t, 7
c = counter(1)
for f in [plain, counter, c, gen, posonly, K.meth, decorated, lam, consts]:
    co = f.__code__
    print(co.co_name, co.co_qualname, co.co_firstlineno, co.co_argcount,
          co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
    print(" ", co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names,
          co.co_flags, co.co_filename == __file__, type(co).__name__)
print(consts.__code__.co_consts, lam.__code__.co_consts, gen.__code__.co_consts)
listcomp = [k for k in K.meth.__code__.co_consts if type(k).__name__ == "code"][0]
print(listcomp.co_name, listcomp.co_qualname, listcomp.co_varnames, listcomp.co_flags)
print(c.__code__.co_freevars, counter.__code__.co_cellvars, c.__code__.co_name)
print(counter.__code__.co_varnames, counter.__code__.co_argcount, c.__code__.co_nlocals)
r = plain.__code__.replace(co_name="other", co_firstlineno=99, co_qualname="Q.other")
print(r.co_name, r.co_qualname, r.co_firstlineno, r is plain.__code__, r.co_varnames)
try:
    plain.__code__.replace(co_bogus=1)
except TypeError as e:
    print(e)
