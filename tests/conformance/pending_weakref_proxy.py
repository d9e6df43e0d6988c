# weakref.proxy (PENDING: not provided).
import weakref
class A:
    def __init__(self, n):
        self.n = n
    def m(self):
        return "m%d" % self.n
    def __len__(self):
        return 3
a = A(1)
p = weakref.proxy(a)
print(p.n, p.m(), len(p), type(p).__name__, weakref.getweakrefcount(a))
p.y = 5
print(a.y)
del a
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
