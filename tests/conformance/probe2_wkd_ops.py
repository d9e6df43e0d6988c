# Probing program (issue 13, round 2): WeakKeyDictionary operations and keys dying
import weakref, gc
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K%d" % self.n
d = weakref.WeakKeyDictionary()
ks = [K(i) for i in range(4)]
for k in ks:
    d[k] = k.n * 10
print(len(d), sorted(d.values()))
print(d[ks[2]], d.get(ks[3]), d.get(K(9)), ks[0] in d, K(0) in d)
del ks[0]
print(len(d))
print(d.pop(ks[0]), len(d))
print(d.setdefault(ks[1], -1), d.setdefault(ks[0], -2))
print(sorted(d.items(), key=lambda kv: kv[0].n))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
a1 = Eq(1)
a2 = Eq(1)
w = weakref.WeakKeyDictionary()
w[a1] = "first"
w[a2] = "second"
print(len(w), w[a1], w[a2])
del a2
print(len(w), w[a1])
del a1
print(len(w))
a = K(1); b = K(2)
a.peer = b; b.peer = a
w2 = weakref.WeakKeyDictionary({a: 1, b: 2})
del a, b
print(len(w2))
gc.collect()
print(len(w2))
try:
    w2[5] = 1
except TypeError as e:
    print("TypeError", e)
