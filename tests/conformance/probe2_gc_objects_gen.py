# Probing program (issue 13, round 2): which generation list holds a new object
import gc
gc.disable()
class K:
    pass
def where(o):
    for g in range(3):
        for x in gc.get_objects(g):
            if x is o:
                return g
    return None
gc.collect()
k = K()
lst = [k]
print("k", where(k), "lst", where(lst))
gc.collect(0)
print("after gen0", where(k), where(lst))
gc.collect(1)
print("after gen1", where(k), where(lst))
gc.collect()
print("after full", where(k), where(lst))
print("int", where(5), "str", where("s"))
d = {"a": 1}
print("dict of atoms", where(d), gc.is_tracked(d))
d["b"] = []
print("dict with list", where(d), gc.is_tracked(d))
print(any(o is k for o in gc.get_objects()))
print(any(o is 12345 for o in gc.get_objects()))
total = len(gc.get_objects())
m = [[] for i in range(20)]
print(len(gc.get_objects()) - total)
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.get_objects(-1)
except ValueError as e:
    print("ValueError", e)
gc.enable()
