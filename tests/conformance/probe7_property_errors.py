# property setter/deleter/getter chains and their error messages
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
    ro = property(lambda self: 'ro')
    wo = property(None, lambda self, x: print("set wo", x))

p = P()
p.v = 4
print(p.v, P.v.__doc__)
del_prop = P.v.deleter(lambda self: print("deleting"))
print(del_prop is P.v, del_prop.fget is P.v.fget)
try:
    p.ro = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError", e)
try:
    p.wo
except AttributeError as e:
    print("AttributeError", e)
p.wo = 3
try:
    del p.v
except AttributeError as e:
    print("AttributeError", e)
class Q(P):
    @P.v.getter
    def v(self):
        return -self._v
q = Q()
q.v = 5
print(q.v)
print(type(P.__dict__['v']).__name__, P.v.fset.__name__, P.v.fdel)
pr = property()
try:
    pr.__get__(p)
except AttributeError as e:
    print("AttributeError", e)
print(P.ro.__get__(None, P) is P.ro)
