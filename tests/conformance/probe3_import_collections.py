# Probing program (issue 13, round 3): gc.is_tracked of the main module's constant tuples after importing collections and functools
import gc
import weakref
import collections
import functools
class C:
    pass
class S:
    __slots__ = ()
class S2:
    __slots__ = ("a",)
def f():
    pass
def gen():
    yield 1
objs = [
    ("int", 1), ("bigint", 2**100), ("str", "s"), ("float", 1.5), ("None", None), ("bytes", b"x"),
    ("bytearray", bytearray()), ("empty tuple", ()), ("tuple ints", (1, 2)), ("tuple list", ([],)),
    ("tuple of tuples", ((1,), (2,))), ("list", []), ("dict empty", {}), ("dict atoms", {"a": 1}),
    ("dict list", {"a": []}), ("set", set()), ("frozenset", frozenset()), ("frozenset ints", frozenset({1})),
    ("instance", C()), ("slots empty", S()), ("slots a", S2()), ("function", f), ("class", C),
    ("lambda", lambda: 0), ("generator", gen()), ("bound method", C().__init__), ("range", range(3)),
    ("slice", slice(1, 2)), ("iter list", iter([])), ("map", map(f, [])), ("zip", zip()),
    ("enumerate", enumerate([])), ("deque", collections.deque()), ("partial", functools.partial(f)),
    ("weakref", weakref.ref(C)), ("exception", ValueError()), ("type", type), ("module", gc),
    ("property", property()), ("staticmethod", staticmethod(f)), ("classmethod", classmethod(f)),
    ("builtin func", len), ("dict keys view", {}.keys()), ("defaultdict", collections.defaultdict(list)),
]
for name, o in objs:
    print(name, gc.is_tracked(o))
t = (1, "a", None)
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
d = {"a": 1}
d["b"] = []
print(gc.is_tracked(d))
d2 = {}
d2[1] = (1, 2)
print(gc.is_tracked(d2))
d3 = {}
d3[(1, 2)] = 1
print(gc.is_tracked(d3))
d4 = {"x": C()}
del d4["x"]
print(gc.is_tracked(d4))
