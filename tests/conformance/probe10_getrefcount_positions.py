import sys
class O:
    pass
o = O()
base = sys.getrefcount(o)
print(sys.getrefcount(o) - base)
l = [o, o, o]
print(sys.getrefcount(o) - base)
d = {"a": o, "b": o}
print(sys.getrefcount(o) - base)
t = (o,)
print(sys.getrefcount(o) - base)
def f(x):
    return sys.getrefcount(x) - base
print(f(o))
del l
print(sys.getrefcount(o) - base)
d.clear()
print(sys.getrefcount(o) - base)
o.self = o
print(sys.getrefcount(o) - base)
del o.self
s = {o}
print(sys.getrefcount(o) - base)
g = (lambda: o)
print(sys.getrefcount(o) - base)
it = iter([o])
print(sys.getrefcount(o) - base)
next(it)
print(sys.getrefcount(o) - base)
