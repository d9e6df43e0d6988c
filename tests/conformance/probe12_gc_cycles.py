import gc, sys, weakref
gc.collect()
class Node:
    instances = 0
    def __init__(self, name):
        self.name = name
        self.peers = []
        Node.instances += 1
    def __repr__(self):
        return f"Node({self.name})"
def make_ring(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.peers.append(b)
    return nodes[0]
r = make_ring(5)
w = weakref.ref(r)
del r
print("alive before collect:", w() is not None)
n = gc.collect()
print("collected:", n, "alive after:", w())
# each Node has a __dict__ and a list: 5 * 3 objects
class Leaf:
    __slots__ = ("a", "b", "__weakref__")
def slot_cycle():
    x = Leaf(); y = Leaf()
    x.a = y; y.a = x
    x.b = y.b = None
    return weakref.ref(x)
wr = slot_cycle()
print("slots cycle alive:", wr() is not None, gc.collect(), wr())
d = {}
d["self"] = d
del d
print("dict self cycle:", gc.collect())
l = []
l.append(l)
del l
print("list self cycle:", gc.collect())
def f():
    def g():
        return g
    return g
h = f()
del h
print("closure cycle:", gc.collect())
class A:
    pass
a = A()
a.me = a
del a
print("instance self cycle:", gc.collect())
print(gc.collect(), gc.collect(0), gc.collect(1))
print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
