import weakref, gc
class O:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, O) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
a, b = O(1), O(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra is rb, hash(ra) == hash(a), hash(ra) == hash(rb))
ra2 = weakref.ref(a)
print(ra2 is ra, weakref.getweakrefcount(a))
def cb(r):
    pass
rc = weakref.ref(a, cb)
print(rc is ra, rc == ra, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
h = hash(ra)
del a
gc.collect()
print(ra() is None, rc() is None, hash(ra) == h, ra == rc, ra == ra, ra != rb)
c = O(2)
rc2 = weakref.ref(c)
del c
gc.collect()
try:
    hash(rc2)
except TypeError as e:
    print("TypeError", e)
d1, d2 = O(3), O(3)
r1, r2 = weakref.ref(d1), weakref.ref(d2)
del d1
gc.collect()
print(r1 == r2, r1 != r2)
class NoHash:
    __hash__ = None
n = NoHash()
rn = weakref.ref(n)
try:
    hash(rn)
except TypeError as e:
    print("TypeError", e)
s = {rb}
print(weakref.ref(b) in s)
p = weakref.proxy(b)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(p == b, p.v, p == O(1))
print(type(ra).__name__, type(p).__name__, weakref.ref.__name__, weakref.ReferenceType is weakref.ref)
print(isinstance(ra, weakref.ref), weakref.ProxyTypes.__class__.__name__, len(weakref.ProxyTypes))
class Sub(weakref.ref):
    pass
sr = Sub(b)
print(sr is weakref.ref(b), sr == rb, weakref.getweakrefcount(b))
try:
    weakref.ref(b, 5)
except TypeError as e:
    print("TypeError", e)
r_nc = weakref.ref(b, None)
print(r_nc is rb)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(b).x = 1
except AttributeError as e:
    print("AttributeError", e)
print(rb.__callback__, rc.__callback__ is None)
