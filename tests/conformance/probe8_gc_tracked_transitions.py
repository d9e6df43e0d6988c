# When tuples and dicts become tracked or untracked (CPython's lazy untracking).
import gc
gc.disable()
t = (1, 2, "a")
print("tuple of atoms before collect", gc.is_tracked(t))
gc.collect()
print("after collect", gc.is_tracked(t))
t2 = (1, [])
gc.collect()
print("tuple holding a list", gc.is_tracked(t2))
t3 = (1, (2, 3))
gc.collect()
print("nested atom tuples", gc.is_tracked(t3), gc.is_tracked(t3[1]))
d = {}
print("empty dict", gc.is_tracked(d))
d["a"] = 1
print("dict of atoms", gc.is_tracked(d))
d["b"] = []
print("dict holding a list", gc.is_tracked(d))
del d["b"]
print("after removing the list", gc.is_tracked(d))
gc.collect()
print("after collect", gc.is_tracked(d))
d2 = {"k": (1, 2)}
print("dict holding a tuple", gc.is_tracked(d2))
d3 = dict(a=1, b="x")
print("dict(a=1)", gc.is_tracked(d3), gc.is_tracked({1: 2}), gc.is_tracked({1: None}), gc.is_tracked(dict.fromkeys("ab")))
d4 = {1: 1}
d4.update({2: []})
print("after update with a list", gc.is_tracked(d4))
d5 = {}
d5.setdefault("x", [])
print("setdefault list", gc.is_tracked(d5))
d6 = {"a": 1}.copy()
print("copy of atom dict", gc.is_tracked(d6))
class K:
    pass
k = K()
print("instance", gc.is_tracked(k), "its dict", gc.is_tracked(k.__dict__))
k.x = 1
print("instance dict with int", gc.is_tracked(k.__dict__))
print("list", gc.is_tracked([]), "set", gc.is_tracked(set()), "frozenset", gc.is_tracked(frozenset([1])))
print("str", gc.is_tracked("s"), "int", gc.is_tracked(10**30), "float", gc.is_tracked(1.5), "None", gc.is_tracked(None))
print("bytes", gc.is_tracked(b"x"), "bytearray", gc.is_tracked(bytearray()), "range", gc.is_tracked(range(3)))
print("function", gc.is_tracked(lambda: 0), "class", gc.is_tracked(K), "type", gc.is_tracked(int), "module", gc.is_tracked(gc))
tup = tuple([1, 2])
print("tuple()", gc.is_tracked(tup), "zip tuple", gc.is_tracked(next(zip([1], [2]))), "divmod", gc.is_tracked(divmod(7, 2)))
e = ()
print("empty tuple", gc.is_tracked(e))
gc.enable()
