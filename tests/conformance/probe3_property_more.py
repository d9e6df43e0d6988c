# Probing program (issue 13, round 3): property getter/setter/deleter chains, errors and inheritance
class T:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v doc"
        print("get v")
        return self._v
    @v.setter
    def v(self, val):
        print("set v", val)
        self._v = val
    @v.deleter
    def v(self):
        print("del v")
        self._v = None
t = T()
t.v = 3
print(t.v)
del t.v
print(t._v, T.v.__doc__, type(T.v).__name__, T.v.fget.__name__, T.v.fset is not None)
class RO:
    @property
    def x(self):
        return 1
r = RO()
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError", e)
class Sub(T):
    @T.v.getter
    def v(self):
        return "sub-" + str(self._v)
s = Sub()
s.v = 7
print(s.v, T.v is not Sub.v)
p = property()
class E:
    x = p
try:
    E().x
except AttributeError as e:
    print("AttributeError", e)
class Raising:
    @property
    def bad(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "fallback " + name
print(Raising().bad)
class Over:
    @property
    def name(self):
        return "prop"
o = Over()
o.__dict__["name"] = "inst"
print(o.name)
def getter(self):
    return 42
class Manual:
    a = property(getter, doc="manual doc")
print(Manual().a, Manual.a.__doc__, property(getter).__doc__)
print(property.__name__, isinstance(Manual.a, property))
class Cached:
    calls = 0
    @property
    def val(self):
        Cached.calls += 1
        return Cached.calls
c = Cached()
print(c.val, c.val, c.val)
