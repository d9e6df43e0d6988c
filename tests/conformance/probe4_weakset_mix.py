import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name

nodes = [Node(c) for c in "abcde"]
ws = weakref.WeakSet(nodes)
print(len(ws), nodes[0] in ws, Node("z") in ws)
del nodes[1]
print(len(ws), sorted(n.name for n in ws))
ws.discard(nodes[0])
print(len(ws))
try:
    ws.remove(Node("q"))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
ws.add(nodes[0])
extra = Node("x")
ws2 = weakref.WeakSet([nodes[0], extra])
print(sorted(n.name for n in ws | ws2))
print(sorted(n.name for n in ws & ws2))
print(sorted(n.name for n in ws - ws2))
print(sorted(n.name for n in ws ^ ws2))
print(ws2 <= ws, ws2.issubset(ws), ws >= weakref.WeakSet([nodes[0]]))
del extra
print(len(ws2))
a = Node("cyc")
b = Node("cyc2")
a.other = b
b.other = a
ws.add(a)
ws.add(b)
print(len(ws))
del a, b
print(len(ws))
gc.collect()
print(len(ws))
p = ws.pop()
print(p.name in "acde")
del p
ws.clear()
print(len(ws), bool(ws), list(ws))
ws.update([nodes[0], nodes[2]])
print(len(ws), type(ws).__name__)
c = ws.copy()
print(type(c).__name__, len(c), c == ws)
try:
    ws.add(1)
except TypeError as e:
    print("TypeError:", e)
nodes.clear()
print(len(ws), len(c))
