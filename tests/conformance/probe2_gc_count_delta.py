# Probing program (issue 13, round 2): gc.get_count deltas as containers are made and freed
import gc
gc.disable()
gc.collect()
base = gc.get_count()
print(base)
a = []
b = {}
c = [1, 2]
d = (a, b)
after = gc.get_count()
print(after[0] - base[0] >= 3, after[1:])
class Node:
    def __init__(self, v):
        self.v = v
gc.collect()
c0 = gc.get_count()[0]
nodes = [Node(i) for i in range(10)]
c1 = gc.get_count()[0]
del nodes
c2 = gc.get_count()[0]
print("nodes delta", c1 - c0)
print("after del", c2 - c0)
gc.collect()
s = "abc" * 3
n = 12345 * 678
f = 1.5 * 2
print("atoms", gc.get_count())
t = (1, 2, 3)
t2 = tuple([n, f])
print("tuples", gc.get_count()[0])
gc.collect(0)
print("after collect(0)", gc.get_count())
x = [[] for _ in range(5)]
gc.collect(1)
print("after collect(1)", gc.get_count())
gc.collect()
print(gc.get_count())
gc.enable()
