import gc

def show(label, obj):
    print(label, gc.is_tracked(obj))

show("int", 12345)
show("str", "hello")
show("empty list", [])
show("list of ints", [1, 2])
show("empty dict", {})
show("dict of ints", {1: 2})
show("dict with list", {1: []})
show("set", {1, 2})
show("frozenset", frozenset([1]))
show("bytes", b"x")
show("bytearray", bytearray(b"x"))
show("range", range(3))
show("slice", slice(1, 2))
show("function", show)
show("lambda", lambda: 0)
class C:
    pass
show("class", C)
show("instance", C())
class S:
    __slots__ = ("a",)
show("slots instance", S())
class E:
    __slots__ = ()
show("empty slots instance", E())
show("type", int)
show("None", None)
show("float", 1.5)
show("iterator", iter([1]))
show("generator", (x for x in []))
show("bound method", C().__init__)
show("module", gc)
d = {}
d["x"] = 1
print("dict after int", gc.is_tracked(d))
d["y"] = [1]
print("dict after list", gc.is_tracked(d))
del d["y"]
print("dict after del", gc.is_tracked(d))
