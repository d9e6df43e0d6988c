import gc
d = {}
print(gc.is_tracked(d))
d[1] = 2
print(gc.is_tracked(d))
d["a"] = "b"
print(gc.is_tracked(d))
d[2] = (1, 2)
print(gc.is_tracked(d))
d2 = {1: 2}
d2[3] = []
print(gc.is_tracked(d2))
del d2[3]
print(gc.is_tracked(d2))
d3 = {"x": 1.5, "y": None, "z": True}
print(gc.is_tracked(d3))
d4 = dict(a=1)
print(gc.is_tracked(d4))
d5 = dict(a=[])
print(gc.is_tracked(d5))
d6 = {i: i for i in range(3)}
print(gc.is_tracked(d6))
d7 = {i: [i] for i in range(3)}
print(gc.is_tracked(d7))
d8 = d3.copy()
print(gc.is_tracked(d8))
d9 = {}
d9.update({1: 1})
print(gc.is_tracked(d9))
d9.update({2: {}})
print(gc.is_tracked(d9))
d10 = dict.fromkeys([1, 2])
print(gc.is_tracked(d10))
d11 = {(1, 2): 3}
print(gc.is_tracked(d11))
d12 = {1: frozenset()}
print(gc.is_tracked(d12))
d13 = {1: "x"}
d13.setdefault(2, [])
print(gc.is_tracked(d13))
