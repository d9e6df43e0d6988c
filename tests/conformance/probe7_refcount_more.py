# sys.getrefcount after function defaults, class attributes, exceptions, iteration
import sys

class V:
    pass

v = V()
base = sys.getrefcount(v)
def f(x=v):
    return x
print("default", sys.getrefcount(v) - base)
class K:
    attr = v
print("class attr", sys.getrefcount(v) - base)
try:
    raise ValueError(v)
except ValueError as e:
    print("in except", sys.getrefcount(v) - base)
print("after except", sys.getrefcount(v) - base)
for item in [v]:
    print("in loop", sys.getrefcount(v) - base)
print("after loop", sys.getrefcount(v) - base)
del item
g = (x for x in [v])
print("genexp", sys.getrefcount(v) - base)
next(g)
print("after next", sys.getrefcount(v) - base)
del g
print("after del g", sys.getrefcount(v) - base)
d = dict.fromkeys(['a', 'b'], v)
print("fromkeys", sys.getrefcount(v) - base)
l = [v] * 3
print("repeat", sys.getrefcount(v) - base)
del d, l, f, K
print("end", sys.getrefcount(v) - base)
print(sys.getrefcount(V) > 2)
