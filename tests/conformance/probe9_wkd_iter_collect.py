import gc
import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K%d" % self.n

keys = [K(i) for i in range(6)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 10
seen = []
for k, v in wkd.items():
    seen.append(v)
    if v == 20:
        del keys[4]
        del keys[5 - 1:]
print(seen)
print(len(wkd), sorted(wkd.values()))
k0 = keys[0]
print(wkd.get(k0), k0 in wkd, wkd.get(K(99), "dflt"))
print(wkd.setdefault(k0, 5), wkd.pop(k0), k0 in wkd)
try:
    wkd.pop(k0)
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(wkd.pop(k0, "gone"))
wkd2 = weakref.WeakKeyDictionary({keys[1]: "a"})
wkd2.update({keys[2]: "b"}, )
print(sorted(wkd2.values()))
print(len(wkd2.keyrefs()), all(r() in keys for r in wkd2.keyrefs()))
c = wkd2.copy()
print(type(c).__name__, len(c))
del keys[:]
del k0
gc.collect()
print(len(wkd), len(wkd2), len(c))
try:
    wkd[1] = 2
except TypeError as e:
    print(e)
