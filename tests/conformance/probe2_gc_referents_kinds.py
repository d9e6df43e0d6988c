# Probing program (issue 13, round 2): gc.get_referents of many object kinds
import gc
print(gc.get_referents([1, [2], "x"]))
print(gc.get_referents((None, True, 3.5)))
print(sorted(gc.get_referents({10, 20, 30})))
print(gc.get_referents({1: [5]}))
class P:
    def m(self):
        return 1
p = P()
bm = p.m
r = gc.get_referents(bm)
print(len(r), [type(o).__name__ for o in r])
print(any(o is p for o in r))
def outer():
    v = [7]
    def inner():
        return v
    return inner
f = outer()
cl = f.__closure__
print(type(cl).__name__, len(cl))
print(gc.get_referents(cl[0]))
fs = frozenset([3, 1, 2])
print(sorted(gc.get_referents(fs)))
print(gc.get_referents(42), gc.get_referents("s"), gc.get_referents(None))
print(len(gc.get_referents([1], [2], [3])))
class S:
    __slots__ = ("a", "b")
s = S()
s.a = [1]
rs = gc.get_referents(s)
print([type(o).__name__ for o in rs])
s.b = "bee"
print([type(o).__name__ for o in gc.get_referents(s)])
q = P()
q.a = 1
q.b = [2]
print([type(o).__name__ for o in gc.get_referents(q)])
print(gc.get_referents(range(5)))
