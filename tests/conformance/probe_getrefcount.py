# Probing program (issue 13): sys.getrefcount differences through containers, frames and attributes
import sys
x = object()
base = sys.getrefcount(x)
l = [x, x, x]
print(sys.getrefcount(x) - base)
d = {"a": x}
print(sys.getrefcount(x) - base)
del l
print(sys.getrefcount(x) - base)
def f(o):
    return sys.getrefcount(o) - base
print(f(x))
t = (x,)
print(sys.getrefcount(x) - base)
class A: pass
a = A()
a.z = x
print(sys.getrefcount(x) - base)
print(sys.getrefcount(a) - sys.getrefcount(A()))
