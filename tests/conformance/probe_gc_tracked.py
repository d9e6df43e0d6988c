# Probing program (issue 13): gc.is_tracked of atoms, containers, dicts becoming untracked
import gc
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({1: []}))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(()))
class A: pass
print(gc.is_tracked(A), gc.is_tracked(A()), gc.is_tracked(len), gc.is_tracked(lambda: 0))
t = (1, 2, "x")
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
t2 = (1, [])
gc.collect()
print(gc.is_tracked(t2))
d = {"a": 1}
print(gc.is_tracked(d))
d["b"] = []
print(gc.is_tracked(d))
del d["b"]
print(gc.is_tracked(d))
print(gc.is_tracked(b"x"), gc.is_tracked(bytearray()), gc.is_tracked(range(3)))
print(gc.is_tracked(iter([])), gc.is_tracked(slice(1, 2)))
