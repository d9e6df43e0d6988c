import weakref

class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        return Acc(o + self.v)
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return isinstance(o, Acc) and self.v == o.v
    __hash__ = None
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        return i * self.v
    def __call__(self, x):
        return x + self.v
    def __repr__(self):
        return "Acc(%d)" % self.v
    def __str__(self):
        return "acc=%d" % self.v
    def __bool__(self):
        return self.v != 0
    def __iter__(self):
        return iter(range(self.v))

a = Acc(3)
p = weakref.proxy(a)
print((p + 1), (1 + p), p + Acc(4), len(p), p[5], p(10), str(p), bool(p), list(p))
print(p < Acc(5), p == a, p == Acc(3), p.v, type(p).__name__)
p.v = 4
print(a.v, getattr(p, "v"), hasattr(p, "zzz"))
del p.v
print(hasattr(a, "v"))
a.v = 2
print(isinstance(p, Acc), p.__class__.__name__, 1 in p, 5 in p)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
b = Acc(0)
pb = weakref.proxy(b)
print(bool(pb), not pb)
def died(ref):
    print("callback got proxy", type(ref).__name__)
pc = weakref.proxy(b, died)
print(weakref.getweakrefcount(b), pc is pb, pc == pb)
del b
try:
    pb.v
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(pc)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.proxy(3)
except TypeError as e:
    print("TypeError:", e)
q = Acc(1)
pq = weakref.proxy(q)
pq += 5
print(type(pq).__name__, pq, q)
print(weakref.ref(a)() is a, weakref.proxy(a) is weakref.proxy(a))
