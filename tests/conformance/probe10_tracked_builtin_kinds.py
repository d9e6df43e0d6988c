import gc
class C:
    pass
class S:
    __slots__ = ("a",)
def f():
    pass
kinds = [
    ("int", 1), ("float", 1.0), ("str", "s"), ("bytes", b"b"), ("None", None),
    ("list", []), ("tuple_empty", ()), ("tuple_atoms", (1, 2)), ("tuple_list", ([],)),
    ("set", set()), ("frozenset", frozenset()), ("dict", {}), ("bytearray", bytearray()),
    ("inst", C()), ("slots", S()), ("class", C), ("func", f), ("range", range(3)),
    ("slice", slice(1, 2)), ("iter_list", iter([])), ("gen", (x for x in [])),
    ("bound", C().__init__), ("type", int), ("bool", True), ("ellipsis", ...),
    ("map", map(abs, [])), ("zip", zip()), ("enumerate", enumerate([])),
    ("property", property()), ("staticmethod", staticmethod(f)),
    ("cell_closure", (lambda: f)), ("exc", ValueError()),
]
for name, o in kinds:
    print(name, gc.is_tracked(o))
