import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

def census(cls):
    return sum(1 for o in gc.get_objects() if type(o) is cls)

gc.collect()
print(census(Node))
nodes = [Node(i) for i in range(5)]
print(census(Node))
for i, n in enumerate(nodes):
    n.links.append(nodes[(i + 1) % 5])
del n
del nodes
print(census(Node))
print(gc.collect() > 0, census(Node))
keep = Node("keep")
print(any(o is keep for o in gc.get_objects()), gc.is_tracked(keep), gc.is_tracked(keep.__dict__))
print(any(o is keep.links for o in gc.get_objects()))
print(gc.is_tracked(keep.name), gc.is_tracked(Node), gc.is_tracked(census))
t = (1, "a", None)
print(gc.is_tracked(t), gc.is_tracked((1, [])), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(set()), gc.is_tracked(frozenset()))
class Slotted:
    __slots__ = ("a",)
s = Slotted()
print(gc.is_tracked(s), gc.is_tracked(3.0), gc.is_tracked(b"x"), gc.is_tracked(bytearray()))
def gen():
    yield 1
g = gen()
print(gc.is_tracked(g), gc.is_tracked(iter([])), gc.is_tracked(range(3)), gc.is_tracked(lambda: 0))
d = {}
print(gc.is_tracked(d))
d["x"] = [1]
print(gc.is_tracked(d))
d2 = {1: 2}
d2[3] = (4, 5)
print(gc.is_tracked(d2))
d2[4] = (6, [])
print(gc.is_tracked(d2))
t2 = tuple([1, 2])
print(gc.is_tracked(t2))
gc.collect()
print(gc.is_tracked(t2))
print(len(gc.get_referents(keep)), [type(r).__name__ for r in gc.get_referents(keep.__dict__)])
print(gc.get_referents(1, "a", None), len(gc.get_referents([1, 2], (3, 4))))
print(gc.isenabled(), gc.get_debug(), gc.garbage)
