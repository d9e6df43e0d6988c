# WeakKeyDictionary drops entries whose key dies
import weakref
class K:
    def __init__(self, n):
        self.n = n
d = weakref.WeakKeyDictionary()
keys = [K(i) for i in range(4)]
for k in keys:
    d[k] = k.n * 10
print(len(d), d[keys[2]], keys[1] in d, d.get(K(7)))
keys.pop(0)
print(len(d))
print(sorted([d[k] for k in keys]))
keys = []
print(len(d))
k = K(5)
d[k] = "v"
print(d.get(k), len(d))
try:
    d[1] = 2
except TypeError as e:
    print("TypeError:", e)
