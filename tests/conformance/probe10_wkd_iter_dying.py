import weakref, gc
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K%d" % self.n
ks = [K(i) for i in range(6)]
d = weakref.WeakKeyDictionary()
for k in ks:
    d[k] = k.n * 10
seen = []
for k, v in d.items():
    seen.append((k.n, v))
    if k.n == 1:
        del ks[3]
        del ks[4]
print(seen)
print(len(d), sorted(k.n for k in d.keys()))
print(sorted(d.values()))
del ks[0]
print(len(d))
k9 = K(9)
d[k9] = 1
print(d.get(k9), d.get(K(10)), K(11) in d)
try:
    d[1] = 2
except TypeError as e:
    print("TypeError", e)
print(d.pop(k9), len(d))
