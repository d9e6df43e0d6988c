class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"

class Data:
    def __get__(self, obj, typ=None):
        return "data"
    def __set__(self, obj, v):
        print("Data.__set__", v)

class OnlySet:
    def __set__(self, obj, v):
        print("OnlySet.__set__", v)

class C:
    nd = NonData()
    d = Data()
    s = OnlySet()

c = C()
c.__dict__["nd"] = "instance"
c.__dict__["d"] = "instance"
c.__dict__["s"] = "instance-s"
print(c.nd, c.d, c.s)
c.d = 1
c.s = 2
print(C.nd, C.d, type(C.__dict__["s"]).__name__)
del c.nd
print(c.nd)
try:
    del c.d
except AttributeError as e:
    print(e)
class P:
    @property
    def val(self):
        return 1
p = P()
try:
    p.val = 2
except AttributeError as e:
    print(e)
try:
    del p.val
except AttributeError as e:
    print(e)
p.__dict__["val"] = 5
print(p.val)
class GetAttr:
    def __getattr__(self, name):
        return "ga:" + name
    x = 1
g = GetAttr()
print(g.x, g.y, getattr(g, "z"), hasattr(g, "anything"))
class Raising:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(Raising().p)
print(type(C.__dict__["nd"]).__name__, C.__dict__["d"].__get__(None, C), NonData().__get__(1))
class SM:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(SM.s(), SM().s(), SM.c(), SM().c(), SM.__dict__["s"].__func__ is SM.s)
print(type(SM.__dict__["c"]).__name__, SM.__dict__["c"].__get__(None, int)())
