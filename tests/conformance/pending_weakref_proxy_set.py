# weakref.proxy and weakref.WeakSet (PENDING: not provided).
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
s = weakref.WeakSet()
xs = [A(i) for i in range(5)]
for x in xs:
    s.add(x)
print(len(s), xs[0] in s, A(9) in s)
del xs[:2]
print(len(s), sorted(x.n for x in s))
try:
    s.add(1)
except TypeError as e:
    print("TypeError:", e)
