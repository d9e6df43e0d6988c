# weakref.proxy: operations forwarded to the referent, one shared
# callback-less proxy per object, CallableProxyType, unhashable, not a ref,
# ReferenceError once the referent died (at del, in a collected cycle).
import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n
    def __eq__(self, o): return isinstance(o, A) and o.n == self.n
    def __hash__(self): return self.n
    def __getitem__(self, i): return i * 2
    def __contains__(self, x): return x == 1
    def __iter__(self): return iter([self.n, self.n])
    def __bool__(self): return self.n != 0
a = A(1)
p = weakref.proxy(a)
p2 = weakref.proxy(a)
print(p is p2, weakref.getweakrefcount(a), str(p), p == A(1), p != A(2))
print(p[3], 1 in p, 2 in p, list(p), bool(p))
print(type(p).__name__, isinstance(p, weakref.ProxyType), isinstance(p, weakref.ref))
r = weakref.ref(a)
print(weakref.getweakrefcount(a), r() is a, r is weakref.ref(a))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p()
except TypeError as e:
    print("TypeError:", e)
def f(x):
    return x * 3
pf = weakref.proxy(f)
print(type(pf).__name__, pf(2), pf.__name__)
log = []
q = weakref.proxy(a, lambda w: log.append("cb"))
print(q is p, weakref.getweakrefcount(a))
del a
print(log)
for op in [lambda: p.n, lambda: str(p), lambda: p[1], lambda: len(p), lambda: bool(p), lambda: p == 1]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
b = A(2); c = A(3); b.o = c; c.o = b
pb = weakref.proxy(b)
del b, c
gc.collect()
try:
    pb.n
except ReferenceError as e:
    print("ReferenceError after collect:", e)
