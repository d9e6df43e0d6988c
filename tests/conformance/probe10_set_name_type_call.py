class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw))
T = type("T", (Base,), {"d": D(), "e": D()})
print(T.d.name)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("M.__new__ done", name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, sorted(kw))
        super().__init__(name, bases, ns)
class U(Base, metaclass=M, k=1):
    f = D()
try:
    type("V", (Base,), {}, extra=1)
except TypeError as e:
    print("TypeError", e)
class W(Base):
    def __init_subclass__(cls, **kw):
        print("W init_subclass", cls.__name__)
        super().__init_subclass__(**kw)
class X(W):
    pass
class NoKw:
    pass
try:
    class Y(NoKw, bad=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Z:
    def __init_subclass__(cls):
        raise RuntimeError("refuse " + cls.__name__)
try:
    class Z2(Z):
        pass
except RuntimeError as e:
    print("RuntimeError", e)
print([c.__name__ for c in Z.__subclasses__()])
