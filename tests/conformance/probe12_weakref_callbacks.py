import weakref, gc
order = []
class O:
    def __init__(self, n):
        self.n = n
def make_cb(tag):
    def cb(ref):
        order.append((tag, ref() is None))
    return cb
o = O(1)
refs = [weakref.ref(o, make_cb(i)) for i in range(3)]
del o
print(order)
order.clear()
o2 = O(2)
r = weakref.ref(o2, make_cb("kept"))
del r
del o2
print(order)
class Holder:
    pass
h = Holder()
target = O(3)
h.ref = weakref.ref(target, lambda wr: order.append("cb-with-holder"))
h.self = h
del h
gc.collect()
del target
print(order)
order.clear()
x = O(4)
def raising(ref):
    raise ValueError("cb error")
wr = weakref.ref(x, raising)
del x
print("after raising cb")
p = O(5)
prox = weakref.proxy(p, lambda pr: order.append("proxy cb"))
print(prox.n, weakref.getweakrefcount(p))
del p
print(order)
try:
    prox.n
except ReferenceError as e:
    print("ReferenceError", e)
print(bool(weakref.ref(O(6))), weakref.ref(O(7))() is None)
k = O(8)
r1 = weakref.ref(k)
r2 = weakref.ref(k)
r3 = weakref.ref(k, lambda r: None)
print(r1 is r2, r1 is r3, weakref.getweakrefcount(k), r1 == r3, hash(r1) == hash(r3))
d = {r1: "v"}
print(d[r3])
del k
print(r1 == r3, r1 == r1)
try:
    hash(weakref.ref(O(9)))
except TypeError as e:
    print("TypeError", e)
