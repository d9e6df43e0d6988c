# Probing program (issue 13): properties and data/non-data descriptors
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("neg")
        self._x = v
    @property
    def ro(self):
        return 1
p = P()
p.x = 5
print(p.x)
try:
    p.x = -1
except ValueError as e:
    print("VE", e)
try:
    p.ro = 2
except AttributeError as e:
    print("AE", e)
try:
    del p.ro
except AttributeError as e:
    print("AE", e)
print(type(P.x).__name__, P.x.fget.__name__)
class D:
    def __get__(self, obj, typ=None):
        return ("get", obj is None, typ.__name__)
class E:
    d = D()
print(E.d, E().d)
class DS:
    def __get__(self, obj, typ=None): return "data"
    def __set__(self, obj, v): print("set", v)
class F:
    a = DS()
f = F()
f.a = 3
f.__dict__["a"] = "inst"
print(f.a)
class G:
    d = D()
g = G()
g.__dict__["d"] = "inst"
print(g.d)
