import gc
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None), gc.is_tracked(2 ** 100))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked({1: "x"}))
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(set()), gc.is_tracked(frozenset()))
d = {"a": 1}
print(gc.is_tracked(d))
d["b"] = [2]
print(gc.is_tracked(d))
del d["b"]
print(gc.is_tracked(d))
d2 = {}
d2[(1, 2)] = 3
print(gc.is_tracked(d2))
d3 = {}
d3[1] = (1, [])
print(gc.is_tracked(d3))
t = tuple([1, 2, 3])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
t2 = (1, (2, (3, "x")))
print(gc.is_tracked(t2))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(len), gc.is_tracked(lambda: 0))
print(gc.is_tracked(b"x"), gc.is_tracked(bytearray()), gc.is_tracked(range(3)), gc.is_tracked(iter([])))
print(gc.is_tracked(str), gc.is_tracked(int), gc.is_tracked(gc), gc.is_tracked(slice(1, 2)), gc.is_tracked(True))
def f():
    yield 1
print(gc.is_tracked(f()), gc.is_tracked(f), gc.is_tracked(f.__code__), gc.is_tracked(C().__init__) if hasattr(C, "x") else None)
dd = dict(a=1, b="x")
print(gc.is_tracked(dd), gc.is_tracked(dict.fromkeys("ab")), gc.is_tracked(dict(zip("ab", [[], []]))))
cd = {k: k for k in range(3)}
print(gc.is_tracked(cd), gc.is_tracked({k: [k] for k in range(1)}), gc.is_tracked(dict(cd)), gc.is_tracked(cd.copy()))
lst = [1, 2]
tp = tuple(lst)
print(gc.is_tracked(tp), gc.is_tracked(tuple(x for x in "ab")), gc.is_tracked(tuple([[]])))
e = ValueError("x")
print(gc.is_tracked(e), gc.is_tracked(e.args), gc.is_tracked(property()), gc.is_tracked(staticmethod(f)))
print(gc.is_tracked(complex) if False else gc.is_tracked(object()), gc.is_tracked(NotImplemented), gc.is_tracked(...))
nt = (None, True, 1.5, "s", b"b")
gc.collect()
print(gc.is_tracked(nt), gc.is_tracked((nt, nt)))
big = {"k%d" % i: i for i in range(100)}
print(gc.is_tracked(big))
big["list"] = []
print(gc.is_tracked(big))
big.pop("list")
print(gc.is_tracked(big))
gc.collect()
print(gc.is_tracked(big), gc.is_tracked({"x": (1, 2)}))
