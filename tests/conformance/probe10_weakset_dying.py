import weakref
class E:
    def __init__(self, n):
        self.n = n
items = [E(i) for i in range(5)]
ws = weakref.WeakSet(items)
print(len(ws))
seen = []
for x in ws:
    seen.append(x.n)
    if x.n == 1:
        items[3] = None
del x
print(sorted(seen) in ([0, 1, 2, 3, 4], [0, 1, 2, 4]), len(ws))
items[0] = None
print(len(ws), sorted(e.n for e in ws))
e9 = E(9)
ws.add(e9)
print(e9 in ws, E(9) in ws, 5 in ws)
ws2 = weakref.WeakSet([items[1], e9])
print(len(ws & ws2), len(ws | ws2), len(ws - ws2), ws2 <= ws, ws == weakref.WeakSet(ws))
del e9
print(len(ws), len(ws2))
try:
    ws.add(1)
except TypeError as e:
    print("TypeError", e)
try:
    ws.remove(E(1))
except KeyError as e:
    print("KeyError")
print(ws.pop().n in (1, 2, 4), len(ws))
ws.clear()
print(len(ws), repr(ws)[:8])
