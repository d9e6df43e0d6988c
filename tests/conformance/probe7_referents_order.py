# gc.get_referents on many kinds of object: which types, in which order
import gc

def names(objs):
    return [type(o).__name__ for o in objs]

class C:
    def __init__(self):
        self.a = [1]
        self.b = (2, [3])
    def m(self):
        return 1

class S:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = [1]
        self.y = {}

c = C()
print("list", names(gc.get_referents([1, 'a', None, [2]])))
print("tuple", names(gc.get_referents((1.5, 'b', (), [1]))))
print("dict", names(gc.get_referents({1: [1], 2: (2,)})))
print("set", sorted(names(gc.get_referents({1, 2, 3}))))
print("inst", names(gc.get_referents(c)))
print("slots", names(gc.get_referents(S())))
print("bound", names(gc.get_referents(c.m)))
print("type-of", names(gc.get_referents(c))[0])
def outer():
    v = [1]
    def inner():
        return v
    return inner
f = outer()
print("cells", names(f.__closure__))
print("cell", names(gc.get_referents(f.__closure__[0])))
def g():
    yield 1
print("gen", names(gc.get_referents(g())))
it = iter([1, 2])
print("listiter", names(gc.get_referents(it)))
print("enumerate", names(gc.get_referents(enumerate([1]))))
print("zip", names(gc.get_referents(zip([1], (2,)))))
print("map", names(gc.get_referents(map(str, [1]))))
print("prop", names(gc.get_referents(property(lambda s: 1))))
print("sm", names(gc.get_referents(staticmethod(len))))
print("cm", names(gc.get_referents(classmethod(len))))
print("several", names(gc.get_referents([1], (2,), {3: 4})))
print("none", gc.get_referents(1, 'x', None, 2.5))
