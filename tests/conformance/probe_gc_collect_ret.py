# Probing program (issue 13): gc.collect() return values per generation and its argument errors
import gc
gc.collect()
class A:
    pass
def mk(n):
    objs = []
    for i in range(n):
        a = A(); b = A(); a.b = b; b.a = a
        objs.append(a)
    return objs
x = mk(3)
del x
print(gc.collect())
l = [[]]
l[0].append(l)
del l
print(gc.collect(0), gc.collect(1), gc.collect(2))
d = {}
d['self'] = d
del d
print(gc.collect())
print(gc.collect())
def f():
    def g():
        return g
    return g
g = f(); del g
print(gc.collect())
try:
    gc.collect(3)
except ValueError as e:
    print("VE", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("VE", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TE", e)
