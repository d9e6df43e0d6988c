# Probing program (issue 13, round 2): data and non-data descriptors, precedence, __set_name__
class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
    def __delete__(self, obj):
        print("delete", self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class C:
    d = Data()
    n = NonData()
    e = Data()
c = C()
print(c.d, C.d)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "shadow"
print(c.d)
print(c.n)
c.n = "instance wins"
print(c.n)
del c.n
print(c.n)
del c.d
class Counted:
    def __init__(self):
        self.calls = 0
    def __get__(self, obj, objtype):
        self.calls += 1
        return self.calls
class H:
    x = Counted()
h = H()
print(h.x, h.x, H.x)
class WithGetOnly:
    def __get__(self, obj, t):
        return 42
class U:
    g = WithGetOnly()
u = U()
u.g = 1
print(u.g, U.g)
class M:
    def method(self):
        return self

m = M()

sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class N:
    s = sm
    k = cm
print(N.s("abc"), N.k(), N().k())
print(type(N.__dict__["s"]).__name__, type(N.__dict__["k"]).__name__)
