class Data:
    def __get__(self, o, t=None):
        return "data"
    def __set__(self, o, v):
        print("set", v)
class NonData:
    def __get__(self, o, t=None):
        return "nondata"
class GetOnlySet:
    def __set__(self, o, v):
        print("gos set", v)
class C:
    d = Data()
    n = NonData()
    g = GetOnlySet()
c = C()
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
c.__dict__["g"] = "inst-g"
print(c.d, c.n, c.g)
c.d = 1
c.n = 2
c.g = 3
print(c.__dict__["n"], c.__dict__["g"])
print(C.d, C.n, type(C.g).__name__)
class Del:
    def __get__(self, o, t=None):
        return "del-get"
    def __delete__(self, o):
        print("delete called")
class E:
    x = Del()
e = E()
del e.x
e.__dict__["x"] = 5
print(e.x)
try:
    e.x = 7
except AttributeError as ex:
    print("AttributeError", ex)
class F:
    n = NonData()
try:
    del F().n
except AttributeError as ex:
    print("AttributeError", ex)
