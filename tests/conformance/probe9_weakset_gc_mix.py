import gc
import weakref

class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O%d" % self.n

objs = [O(i) for i in range(4)]
ws = weakref.WeakSet(objs)
print(len(ws), O(9) in ws, objs[0] in ws, 1 in ws)
a = objs[0]
b = objs[1]
cyc = O(10)
cyc.me = cyc
ws.add(cyc)
del objs, cyc
gc.collect()
print(sorted(ws, key=lambda o: o.n))
ws2 = weakref.WeakSet([a])
print(ws2 < ws, ws2 <= ws, ws >= ws2, ws == weakref.WeakSet([a, b]), ws2.issubset([a]), ws2 == {a})
u = ws | ws2
print(type(u).__name__, len(u), len(ws - ws2), len(ws & [b]), len(ws ^ ws2))
try:
    ws.add(1)
except TypeError as e:
    print(e)
try:
    ws.remove(O(5))
except KeyError as e:
    print("KeyError")
p = ws.pop()
print(p in (a, b), len(ws))
ws.clear()
print(len(ws), bool(ws), repr(weakref.WeakSet()).startswith("<_weakrefset.WeakSet object"))
try:
    hash(ws)
except TypeError as e:
    print(e)
