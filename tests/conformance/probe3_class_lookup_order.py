# Probing program (issue 13, round 3): attribute lookup order: data descriptors, instance dict, non-data, class
class Data:
    def __get__(self, o, t):
        return "data-get"
    def __set__(self, o, v):
        print("data-set", v)
class NonData:
    def __get__(self, o, t):
        return "nondata-get"
class C:
    d = Data()
    n = NonData()
    plain = "class-plain"
c = C()
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
c.__dict__["plain"] = "inst-plain"
print(c.d, c.n, c.plain)
c.d = 5
print(c.__dict__["d"])
print(C.d, C.n, C.plain)
class S:
    __slots__ = ("a",)
    b = "class-b"
s = S()
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s.a)
except AttributeError as e:
    print("AttributeError", e)
s.a = 2
print(s.a, type(S.__dict__["a"]).__name__, hasattr(s, "__dict__"))
class SD:
    __slots__ = ("a", "__dict__")
sd = SD()
sd.a = 1; sd.z = 2
print(sd.a, sd.z, sd.__dict__)
class Base:
    x = "base"
    def m(self):
        return "Base.m"
class Mid(Base):
    pass
class Leaf(Mid):
    x = "leaf"
l = Leaf()
print(l.x, l.m(), Leaf.__mro__ == (Leaf, Mid, Base, object))
Base.m = lambda self: "patched"
print(l.m())
del Leaf.x
print(l.x)
class WithGetattr:
    y = 1
    def __getattr__(self, name):
        return "ga:" + name
w = WithGetattr()
print(w.y, w.zz, getattr(w, "q"))
w.y = 3
print(w.y, WithGetattr.y)
class Meta(type):
    mattr = "meta"
class K(metaclass=Meta):
    pass
print(K.mattr, hasattr(K(), "mattr"))
