import gc
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n

c = C(7)
m = c.get
r1 = weakref.ref(m)
print(r1() is m)
del m
gc.collect()
print(r1())
wm = weakref.WeakMethod(c.get)
print(wm()(), wm() == c.get, wm() is c.get)
wm2 = weakref.WeakMethod(c.get)
print(wm == wm2, hash(wm) == hash(wm2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
try:
    weakref.WeakMethod(C.get)
except TypeError as e:
    print(e)
del c
gc.collect()
print(wm(), wm == wm2, wm != wm2)
print(isinstance(wm, weakref.ref), type(wm).__name__)
