# A researcher's census: live instances per class found through
# gc.get_objects(), before and after dropping a cyclic structure.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []


class Leaf:
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v


def census():
    counts = {}
    for o in gc.get_objects():
        t = type(o)
        if t in (Node, Leaf):
            counts[t.__name__] = counts.get(t.__name__, 0) + 1
    return sorted(counts.items())


gc.collect()
print('start', census())
nodes = [Node('n%d' % i) for i in range(6)]
for i, n in enumerate(nodes):
    n.edges.append(nodes[(i + 1) % len(nodes)])
    n.edges.append(Leaf(i))
print('built', census())
print('tracked', gc.is_tracked(nodes[0]), gc.is_tracked(nodes[0].edges[1]))
del n
del nodes
print('after del', census())
print('collected', gc.collect())
print('end', census())
leaves = [Leaf(i) for i in range(3)]
print('leaves', census(), gc.is_tracked(leaves[0]))
print('garbage', gc.garbage)
