import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __repr__(self):
        return "Node(%s)" % self.name

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
n = gc.collect()
print("found", n)
kinds = sorted(type(o).__name__ for o in gc.garbage)
print(kinds)
nodes = sorted((o for o in gc.garbage if isinstance(o, Node)), key=lambda o: o.name)
print(nodes, nodes[0].other is nodes[1])
gc.set_debug(0)
print(gc.get_debug())
gc.garbage.clear()
del nodes
print(gc.collect() > 0, len(gc.garbage))
l = []
l.append(l)
del l
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect(), [type(x).__name__ for x in gc.garbage])
print(gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage[0].clear()
del gc.garbage[:]
print(gc.garbage)
