# gc.is_tracked: which objects the cycle collector tracks
import gc
gc.disable()
print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(True))
print(gc.is_tracked([]), gc.is_tracked([1]))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked({1: (2,)}) is not None)
d = {}
d["k"] = 1
print(gc.is_tracked(d))
d["l"] = []
print(gc.is_tracked(d))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C))
t = tuple([1, 2])
u = tuple([1, []])
print(gc.is_tracked(t), gc.is_tracked(u))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
def f():
    pass
print(gc.is_tracked(f), gc.is_tracked(lambda: 0))
