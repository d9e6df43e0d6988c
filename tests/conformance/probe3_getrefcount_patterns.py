# Probing program (issue 13, round 3): sys.getrefcount deltas in common patterns
import sys
class T:
    pass
o = T()
base = sys.getrefcount(o)
lst = [o, o, o]
print(sys.getrefcount(o) - base)
tup = (o,)
print(sys.getrefcount(o) - base)
d = {"k": o, o: 1}
print(sys.getrefcount(o) - base)
del lst, tup, d
print(sys.getrefcount(o) - base)
def f(x):
    return sys.getrefcount(x)
print(f(o) - base)
def g(*args):
    return sys.getrefcount(args[0])
print(g(o) - base)
it = iter([o])
print(sys.getrefcount(o) - base)
next(it)
print(sys.getrefcount(o) - base)
del it
m = o.__init__
print(sys.getrefcount(o) - base)
del m
o.self = o
print(sys.getrefcount(o) - base)
del o.self
s = {o}
print(sys.getrefcount(o) - base)
s.discard(o)
print(sys.getrefcount(o) - base)
z = zip([o], [o])
print(sys.getrefcount(o) - base)
pairs = list(z)
print(sys.getrefcount(o) - base)
del z, pairs
class Holder:
    def __init__(self, v):
        self.v = v
h = [Holder(o) for _ in range(4)]
print(sys.getrefcount(o) - base)
del h
gen = (x for x in [o])
print(sys.getrefcount(o) - base)
first = next(gen)
print(sys.getrefcount(o) - base)
del gen, first
try:
    raise ValueError(o)
except ValueError as e:
    print(sys.getrefcount(o) - base)
print(sys.getrefcount(o) - base)
cls_base = sys.getrefcount(T)
insts = [T() for _ in range(3)]
print(sys.getrefcount(T) - cls_base)
del insts
print(sys.getrefcount(T) - cls_base)
