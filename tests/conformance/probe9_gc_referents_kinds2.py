import gc

def names(objs):
    return sorted(type(o).__name__ for o in objs)

class C:
    cls_attr = 1
    def m(self):
        pass
c = C()
c.x = [1]
print(names(gc.get_referents(c)))
print(names(gc.get_referents(C.m)))
print(names(gc.get_referents(c.m)))
def outer():
    v = [1]
    def inner():
        return v
    return inner
f = outer()
print(names(gc.get_referents(f.__closure__[0])), gc.get_referents(f.__closure__[0])[0])
g = (i for i in [1, 2])
print(names(gc.get_referents(g)))
print(names(gc.get_referents(iter([1, 2]))), names(gc.get_referents(iter((1, 2)))), names(gc.get_referents(iter({1: 2}))))
print(names(gc.get_referents(enumerate([1]))), names(gc.get_referents(zip([1], [2]))), names(gc.get_referents(map(str, [1]))))
print(names(gc.get_referents(slice(1, [2], None))), names(gc.get_referents(range(3))), names(gc.get_referents(property(len))))
print(names(gc.get_referents(staticmethod(len))), names(gc.get_referents(classmethod(len))))
print(names(gc.get_referents({1, (2,)})), names(gc.get_referents(frozenset([3]))), names(gc.get_referents([None, True])))
sup = super(C, c)
print(names(gc.get_referents(sup)))
try:
    raise ValueError("x")
except ValueError as e:
    print(names(gc.get_referents(e)))
