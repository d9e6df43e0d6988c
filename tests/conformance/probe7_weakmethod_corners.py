# WeakMethod corners
import weakref, gc

class A:
    def m(self):
        return "m of " + self.name
    def __init__(self, name):
        self.name = name

def plain():
    pass

try:
    weakref.WeakMethod(plain)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
a = A("a")
wm = weakref.WeakMethod(a.m)
print(wm()(), wm() == a.m, wm() is a.m)
wm2 = weakref.WeakMethod(a.m)
print(wm == wm2, wm is wm2, hash(wm) == hash(wm2))
print(isinstance(wm, weakref.ref), type(wm).__name__)
calls = []
wm3 = weakref.WeakMethod(a.m, lambda r: calls.append(r is wm3))
del a
gc.collect()
print(wm() is None, wm3() is None, calls)
print(wm == wm2, wm != wm2)
b = A("b")
c = A("c")
print(weakref.WeakMethod(b.m) == weakref.WeakMethod(c.m))
class B(A):
    def m(self):
        return "B." + super().m()
bb = B("bb")
wb = weakref.WeakMethod(bb.m)
print(wb()())
print(weakref.getweakrefcount(bb))
