# Probing program (issue 13): gc.get_referents of instances, containers, cells, sets
import gc
class A:
    pass
a = A()
a.x = [1]
a.y = "s"
r = gc.get_referents(a)
print(len(r), [type(o).__name__ for o in r])
print(gc.get_referents([1, "a", None]))
print(gc.get_referents((1, 2), [3]))
print(sorted(map(str, gc.get_referents({1: "a", 2: "b"}))))
print(gc.get_referents(1, "x", None))
def f(x):
    def g():
        return x
    return g
g = f(5)
print([type(o).__name__ for o in gc.get_referents(g.__closure__)])
print(gc.get_referents(g.__closure__[0]))
s = {1, 2, 3}
print(sorted(gc.get_referents(s)))
