# Probing program (issue 13, round 2): gc.is_tracked for many kinds of objects
import gc
def show(name, o):
    print(name, gc.is_tracked(o))
show("int", 3)
show("bigint", 2 ** 100)
show("float", 1.5)
show("str", "abc")
show("bytes", b"ab")
show("bytearray", bytearray(b"ab"))
show("None", None)
show("empty tuple", ())
show("empty list", [])
show("empty dict", {})
show("dict atoms", {"a": 1, "b": "x"})
show("dict tuple value", {"a": (1, 2)})
show("dict list value", {"a": []})
show("set", set())
show("frozenset", frozenset())
show("range", range(3))
show("function", show)
show("lambda", lambda: 0)
class C:
    pass
class S:
    __slots__ = ()
class S2:
    __slots__ = ("x",)
show("class", C)
show("instance", C())
show("empty slots", S())
show("slots", S2())
show("type", int)
show("module", gc)
show("slice", slice(1, 2))
def gen():
    yield 1
show("generator", gen())
show("bound method", C().__init__)
show("iter list", iter([1]))
show("enumerate", enumerate([]))
show("zip", zip())
show("map", map(str, []))
d = {}
d[1] = 2
show("dict after int store", d)
d[2] = [3]
show("dict after list store", d)
del d[2]
show("dict after delete", d)
