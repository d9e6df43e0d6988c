# WeakSet corners: dying members, errors, comparisons, copies
import weakref, gc

class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Item(%d)" % self.n

items = [Item(i) for i in range(5)]
ws = weakref.WeakSet(items)
print(len(ws), sorted(i.n for i in ws))
del items[1]
gc.collect()
print(len(ws), sorted(i.n for i in ws))
try:
    ws.add(3)
except TypeError as e:
    print("TypeError", e)
try:
    ws.remove(Item(99))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
ws.discard(Item(98))
e = weakref.WeakSet()
try:
    e.pop()
except KeyError as ex:
    print("KeyError", ex)
print(3 in ws, items[0] in ws)
c = ws.copy()
print(type(c).__name__, len(c), c == ws, c is ws)
print(ws == set(items), ws == weakref.WeakSet(items))
s2 = weakref.WeakSet(items[:2])
print(s2 <= ws, s2 < ws, ws >= s2, ws > ws, s2.issubset(items))
u = s2 | weakref.WeakSet([items[3]])
print(sorted(i.n for i in u))
try:
    hash(ws)
except TypeError as ex:
    print("TypeError", ex)
x = items.pop()
gc.collect()
print(len(ws))
del x
gc.collect()
print(len(ws), len(c))
print(bool(weakref.WeakSet()), bool(ws))
ws.clear()
print(len(ws))
