import gc, functools
def names(o):
    out = []
    for x in gc.get_referents(o):
        t = type(x).__name__
        out.append(t if t not in ("str", "int", "tuple") else t + ":" + repr(x)[:20])
    return out
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
    @property
    def p(self):
        return 1
c = C()
print("bound", names(c.m))
print("classmethod", names(C.__dict__["cm"]))
print("staticmethod", names(C.__dict__["sm"]))
print("property", len(gc.get_referents(C.__dict__["p"])))
def gen():
    yield 1
g = gen()
print("gen", [type(x).__name__ for x in gc.get_referents(g)])
p = functools.partial(max, 1, key=None)
print("partial", [type(x).__name__ for x in gc.get_referents(p)])
print("exc", names(ValueError("a", 1)))
print("enumerate", [type(x).__name__ for x in gc.get_referents(enumerate([1], 5))])
print("zip", [type(x).__name__ for x in gc.get_referents(zip([1], "a"))])
print("map", [type(x).__name__ for x in gc.get_referents(map(abs, [1]))])
print("filter", [type(x).__name__ for x in gc.get_referents(filter(None, [1]))])
print("reversed", [type(x).__name__ for x in gc.get_referents(reversed([1]))])
print("listiter", [type(x).__name__ for x in gc.get_referents(iter([1]))])
print("dictiter", [type(x).__name__ for x in gc.get_referents(iter({1: 2}))])
print("tupleiter", [type(x).__name__ for x in gc.get_referents(iter((1,)))])
print("multi", len(gc.get_referents([1], [2, 3], (4,))))
print("class", sorted(type(x).__name__ for x in gc.get_referents(C)))
