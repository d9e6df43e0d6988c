# DEBUG_SAVEALL: which objects of a cycle land in gc.garbage, in what order
import gc

class Node:
    def __init__(self, name):
        self.name = name

def kinds():
    return sorted(type(o).__name__ for o in gc.garbage)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect(), kinds())
gc.garbage.clear()
d = {}
d['me'] = d
del d
print(gc.collect(), kinds())
gc.garbage.clear()
n = Node('n')
n.self = n
del n
print(gc.collect(), kinds())
gc.garbage.clear()
def f():
    pass
f.attr = f
del f
print(gc.collect(), kinds())
gc.garbage.clear()
a = Node('a'); b = Node('b')
a.peer = [b]; b.peer = (a,)
del a, b
print(gc.collect(), kinds())
print(sorted(o.name for o in gc.garbage if isinstance(o, Node)))
gc.garbage.clear()
gc.set_debug(0)
x = []
x.append(x)
del x
print(gc.collect(), gc.garbage)
print(gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.DEBUG_STATS)
