import gc
class A:
    pass
a = A()
b = A()
def show(label, o):
    r = gc.get_referents(o)
    print(label, len(r), [type(x).__name__ for x in r])
show("list", [a, 1, "s", b])
show("tuple", (a, b, 2))
show("dict", {"k": a, 3: b})
show("set", {1, 2})
show("frozenset", frozenset([7]))
show("inst", a)
a.x = [1]
a.y = b
show("inst2", a)
show("cell_fn", (lambda: a))
def outer():
    v = [1]
    def inner():
        return v
    return inner
f = outer()
print(len(f.__closure__), type(gc.get_referents(f.__closure__[0])[0]).__name__)
show("bound", a.__init__ if False else [].append)
show("slice", slice(a, b, None))
show("range", range(5))
show("int", 5)
show("str", "abc")
show("bytearray", bytearray(b"xy"))
show("empty_list", [])
show("dict_keys", {1: a}.keys())
