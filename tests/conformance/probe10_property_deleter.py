class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        "the x doc"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
        del self._x
    ro = property(lambda self: 5)
p = P()
p.x = 10
print(p.x, P.x.__doc__)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
try:
    p.ro = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError", e)
pr = property()
try:
    pr.__get__(p)
except AttributeError as e:
    print("AttributeError", e)
print(P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__, P.ro.fset)
q = P.x.getter(lambda self: "new")
print(q.fget(p), q.fset is P.x.fset)
class Q:
    y = property(doc="docy")
print(Q.y.__doc__)
try:
    Q().y
except AttributeError as e:
    print("AttributeError", e)
