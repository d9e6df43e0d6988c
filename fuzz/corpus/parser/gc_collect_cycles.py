# gc.collect returns the number of unreachable objects found
import gc
gc.disable()
gc.collect()
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
class Node:
    pass
for i in range(10):
    n1 = Node()
    n2 = Node()
    n1.other = n2
    n2.other = n1
n1 = n2 = None
print(gc.collect())
d = {}
d["me"] = d
del d
print(gc.collect())
ring = [[] for i in range(5)]
for i in range(5):
    ring[i].append(ring[(i + 1) % 5])
del ring
print(gc.collect())
kept = []
kept.append(kept)
print(gc.collect(), len(kept))
print(gc.collect(0), gc.collect(1), gc.collect(generation=2))
