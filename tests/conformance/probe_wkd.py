# Probing program (issue 13): WeakKeyDictionary methods and errors as keys die
import weakref
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return "K(%d)" % self.n
d = weakref.WeakKeyDictionary()
ks = [K(i) for i in range(3)]
for k in ks:
    d[k] = k.n * 10
print(len(d), d[ks[1]], ks[0] in d)
del ks[0]
print(len(d))
print(sorted(d.values()))
print(d.get(ks[0]), d.get(K(7)), d.get(K(7), "no"))
try:
    d[K(9)]
except KeyError as e:
    print("KE", type(e.args[0]).__name__)
try:
    d[1] = 2
except TypeError as e:
    print("TE", e)
print(1 in d)
try:
    print(d.get([]))
except TypeError as e:
    print("TE", e)
print(d.pop(ks[1]), len(d))
