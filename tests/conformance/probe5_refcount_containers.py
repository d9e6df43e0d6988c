import sys

class Obj:
    pass

o = Obj()
base = sys.getrefcount(o)
print(base)
lst = [o, o, o]
print(sys.getrefcount(o) - base)
d = {"a": o, "b": o}
print(sys.getrefcount(o) - base)
t = (o,) * 4
print(sys.getrefcount(o) - base)
del lst
print(sys.getrefcount(o) - base)
d.clear()
print(sys.getrefcount(o) - base)
del t
print(sys.getrefcount(o) - base)
s = {o}
fs = frozenset([o])
print(sys.getrefcount(o) - base)
s.discard(o)
del fs
print(sys.getrefcount(o) - base)
def hold(x, y=None):
    return sys.getrefcount(x)
print(hold(o) - base, hold(o, o) - base)
class Holder:
    def __init__(self, x):
        self.x = x
h = Holder(o)
print(sys.getrefcount(o) - base)
h.x = None
print(sys.getrefcount(o) - base)
it = iter([o])
print(sys.getrefcount(o) - base)
next(it)
print(sys.getrefcount(o) - base)
del it
m = list(map(lambda v: v, [o, o]))
print(sys.getrefcount(o) - base)
del m
alias = o
print(sys.getrefcount(o) - base, sys.getrefcount(alias) - base)
del alias
print(sys.getrefcount(Obj) > 1, sys.getrefcount(o) - base)
big = [[o] for _ in range(10)]
print(sys.getrefcount(o) - base)
del big[::2]
print(sys.getrefcount(o) - base)
g = (o for _ in range(1))
print(sys.getrefcount(o) - base)
print(next(g) is o, sys.getrefcount(o) - base)
del g, big
print(sys.getrefcount(o) - base)
