import gc
gc.disable()
class C:
    def m(self):
        return 1
class S:
    __slots__ = ("a",)
def f():
    return 1
def gen():
    yield 1
results = []
def measure(label, fn):
    gc.collect()
    c0 = gc.get_count()[0]
    keep = fn()
    c1 = gc.get_count()[0]
    results.append((label, c1 - c0))
    return keep
measure("instance", lambda: C())
measure("instance+attr", lambda: setattr(C(), "x", 1))
def inst_dict():
    c = C()
    c.__dict__
    return c
measure("instance+__dict__", inst_dict)
measure("slots", lambda: S())
measure("bound method call", lambda: C().m())
measure("bound method kept", lambda: C().m)
measure("generator", lambda: gen())
measure("gen exhausted", lambda: list(gen()))
measure("closure", lambda: (lambda: f))
measure("list comp", lambda: [i for i in range(3)])
measure("dict comp", lambda: {i: i for i in range(3)})
measure("set", lambda: {1, 2})
measure("frozenset", lambda: frozenset([1]))
measure("tuple", lambda: tuple([1, 2]))
measure("tuple of list", lambda: ([],))
def catch():
    try:
        raise ValueError("x")
    except ValueError as e:
        return e
measure("exception kept", catch)
def catch_drop():
    try:
        raise ValueError("x")
    except ValueError:
        pass
measure("exception dropped", catch_drop)
measure("str concat", lambda: "a" * 3 + "b")
measure("bytearray", lambda: bytearray(b"x"))
measure("range", lambda: range(5))
measure("iter list", lambda: iter([1]))
measure("enumerate", lambda: enumerate([1]))
measure("zip", lambda: zip([1], [2]))
measure("map", lambda: map(abs, [1]))
measure("dict()", lambda: dict(a=1))
measure("dict items", lambda: list({1: 2}.items()))
measure("sorted", lambda: sorted([3, 1, 2]))
measure("class", lambda: type("T", (), {}))
measure("super call", lambda: super(C, C()).__init__())
measure("kwargs call", lambda: (lambda **k: k)(a=1))
measure("star call", lambda: (lambda *a: a)(1, 2))
for label, d in results:
    print(label, d)
gc.enable()
