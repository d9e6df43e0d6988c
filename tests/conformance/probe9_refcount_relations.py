import sys

class T:
    pass
t = T()
base = sys.getrefcount(t)
l = [t, t, t]
print(sys.getrefcount(t) - base)
d = {"a": t, t: 1}
print(sys.getrefcount(t) - base)
del l
print(sys.getrefcount(t) - base)
d.clear()
print(sys.getrefcount(t) - base)
tup = (t,)
s = {tup}
print(sys.getrefcount(t) - base, sys.getrefcount(tup) - sys.getrefcount(tup))
def f(x):
    return sys.getrefcount(x)
print(f(t) - base)
g = (x for x in [t])
print(sys.getrefcount(t) - base)
next(g)
print(sys.getrefcount(t) - base)
del g
print(sys.getrefcount(t) - base)
it = iter([t])
print(sys.getrefcount(t) - base)
del it
m = map(id, [t])
del m
print(sys.getrefcount(t) - base)
class H:
    pass
h = H()
h.a = t
h.b = t
print(sys.getrefcount(t) - base)
del h
print(sys.getrefcount(t) - base)
