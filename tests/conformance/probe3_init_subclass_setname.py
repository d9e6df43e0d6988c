# Probing program (issue 13, round 3): __init_subclass__ and __set_name__ ordering
log = []
class Field:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append(("set_name", self.tag, owner.__name__, name))
        self.name = name
class Base:
    def __init_subclass__(cls, **kw):
        log.append(("init_subclass", cls.__name__, sorted(kw.items())))
        super().__init_subclass__()
        cls.registered = True
class A(Base, flag=1, other="x"):
    f1 = Field("one")
    f2 = Field("two")
for e in log:
    print(e)
print(A.registered, A.f1.name, A.f2.name)
log.clear()
class B(A):
    f3 = Field("three")
print(log)
try:
    class Bad(object, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
class Shared:
    def __set_name__(self, owner, name):
        print("shared set_name", owner.__name__, name)
sh = Shared()
class Two:
    a = sh
    b = sh
class Err:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class X:
        e = Err()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class P:
    @classmethod
    def __init_subclass__(cls, k=0):
        print("P.__init_subclass__", cls.__name__, k)
class Q(P, k=5):
    pass
class R(Q):
    pass
class D:
    def __init_subclass__(cls):
        print("D init_subclass", cls.__name__, cls.__mro__[1].__name__)
class E1(D): pass
class E2(E1): pass
Late = type("Late", (D,), {"f": Field("late")})
print(log[-1])
