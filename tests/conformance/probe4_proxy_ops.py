import gc
import weakref

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __call__(self, k):
        return Vec(self.x * k, self.y * k)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    __hash__ = None

v = Vec(3, 4)
p = weakref.proxy(v)
print(p.x, p.norm2(), len(p), p[1], list(p))
print(p + Vec(1, 1), repr(p + p))
print(p(2), type(p).__name__)
print(p == Vec(3, 4), p == v, p != v)
p.x = 10
print(v.x, str(p))
print(weakref.getweakrefcount(v))
p2 = weakref.proxy(v)
print(p2 is p, weakref.getweakrefcount(v))
class Plain:
    def __init__(self):
        self.val = 1
pl = Plain()
pp = weakref.proxy(pl)
print(type(pp).__name__, pp.val)
calls = []
pp2 = weakref.proxy(pl, lambda r: calls.append("cb"))
del pl
print(calls)
try:
    pp.val
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    pp2.val = 3
except ReferenceError as e:
    print("ReferenceError:", e)
del v
gc.collect()
try:
    p.norm2()
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    hash(weakref.proxy(Plain()))
except (TypeError, ReferenceError) as e:
    print(type(e).__name__, e)
try:
    weakref.proxy(3)
except TypeError as e:
    print("TypeError:", e)
