# gc.get_referents of frame objects (CPython 3.11): a finished frame shows
# f_back, its f_locals dict once read, the function, the code and its
# locals; a running frame or a suspended generator's shows nothing.
import gc, sys
def getf():
    return sys._getframe()
def getl():
    x = 1
    f = sys._getframe(); f.f_locals
    return f
f = getf()
print([type(r).__name__ for r in gc.get_referents(f)], f.f_back.f_code.co_name)
print([type(r).__name__ for r in gc.get_referents(getl())])
def g():
    yield sys._getframe()
gg = g(); fr = next(gg)
print([type(r).__name__ for r in gc.get_referents(fr)])
print([type(r).__name__ for r in gc.get_referents(sys._getframe())])
def h(a, b):
    c = [a]
    return sys._getframe()
print([type(r).__name__ for r in gc.get_referents(h(1, 'x'))])
