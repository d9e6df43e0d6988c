import weakref
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
a, b = K(1), K(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra is rb, hash(ra) == hash(1), ra != rb)
ra2 = weakref.ref(a)
print(ra2 is ra)
c = K(2)
rc = weakref.ref(c)
h = hash(rc)
del c
print(rc(), hash(rc) == h, rc == rc, rc == ra)
d = K(3)
rd = weakref.ref(d)
del d
try:
    hash(rd)
except TypeError as e:
    print("TypeError", e)
x = K(4)
rx = weakref.ref(x)
del a
print(ra == rb, ra == rx)
class U:
    __hash__ = None
u = U()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print("TypeError", e)
print(repr(weakref.ref(b)).split(" at ")[0].startswith("<weakref"), weakref.getweakrefs(b) == [rb])
def cb(r):
    print("cb", r() is None)
e = K(5)
r1 = weakref.ref(e, cb)
r2 = weakref.ref(e, cb)
r3 = weakref.ref(e)
print(r1 is r2, r3 is r1, weakref.getweakrefcount(e), weakref.getweakrefs(e)[0] is r3)
del e
print(r1() is None)
print(weakref.ref.__name__, type(r1).__name__, r1.__callback__ is cb, r3.__callback__)
