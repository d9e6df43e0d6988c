# Probing program (issue 13, round 2): weakref.ref equality, hashing, repr-free checks, subclass and errors
import weakref
class A:
    pass
a = A()
b = A()
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb, ra != rb, ra == weakref.ref(a))
print(hash(ra) == hash(a))
d = {ra: "a"}
print(d[weakref.ref(a)])
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag="t"):
        super().__init__(ob, callback)
        self.tag = tag
m = MyRef(a, None)
m.tag = "mine"
print(m.tag, m() is a, m is ra, isinstance(m, weakref.ref), type(m).__name__)
print(weakref.getweakrefcount(a))
for x in (1, "s", (1,), [1], {}, None, 2.5):
    try:
        weakref.ref(x)
        print(type(x).__name__, "ok")
    except TypeError as e:
        print(type(x).__name__, "TypeError", e)
def f():
    pass
print(weakref.ref(f)() is f)
print(weakref.ref(A)() is A)
print(weakref.ref(set())() is None)
fs = frozenset([1])
print(weakref.ref(fs)() is fs)
hd = weakref.ref(b)
del b
print(hd(), hd == rb)
try:
    hash(hd)
    print("hash ok")
except TypeError as e:
    print("TypeError", e)
h2 = weakref.ref(a)
hash(h2)
