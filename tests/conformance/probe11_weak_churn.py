# WeakKeyDictionary, WeakValueDictionary and WeakSet under churn.
import weakref, gc

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n
    def __repr__(self):
        return "K%d" % self.n

keys = [K(i) for i in range(10)]
wkd = weakref.WeakKeyDictionary((k, k.n * k.n) for k in keys)
wvd = weakref.WeakValueDictionary((k.n, k) for k in keys)
ws = weakref.WeakSet(keys)
print(len(wkd), len(wvd), len(ws))
for i in range(0, 10, 3):
    keys[i] = None
print(len(wkd), len(wvd), len(ws))
print(sorted(k.n for k in wkd.keys()), sorted(wvd.keys()), sorted(k.n for k in ws))
print(wkd.get(K(1)), wkd.get(K(0), "dead"), K(4) in wkd, K(3) in wkd, 3 in wvd, wvd.get(3, "gone"))
keys = keys[5:]
print(len(wkd), len(wvd), len(ws), sorted(wvd))
tmp = K(100)
wkd[tmp] = "t"
wvd["tmp"] = tmp
ws.add(tmp)
print(len(wkd), len(wvd), len(ws))
del tmp
print(len(wkd), len(wvd), len(ws), "tmp" in wvd)
cyc = K(200); cyc.me = cyc
wvd["cyc"] = cyc
del cyc
print("cyc before collect", "cyc" in wvd)
gc.collect()
print("cyc after collect", "cyc" in wvd)
try:
    wvd["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    wkd[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    ws.add("str")
except TypeError as e:
    print("TypeError:", e)
print(sorted(v for v in wkd.values()), sorted(repr(k) for k, v in wkd.items()))
print(sorted(wvd.items(), key=lambda kv: kv[0]))
wkd.clear(); wvd.clear(); ws.clear()
print(len(wkd), len(wvd), len(ws), repr(ws)[:8])
