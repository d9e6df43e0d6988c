class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
    def hello(self):
        return "Base.hello from " + type(self).__name__
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util(x):
        return x * 2
class A(Base, tag="a"):
    def hello(self):
        return "A>" + super().hello()
class B(Base, tag="b"):
    def hello(self):
        return "B>" + super().hello()
class C(A, B):
    def hello(self):
        return "C>" + super().hello()
print(Base.registry, C.tag, A.tag, [k.__name__ for k in C.__mro__])
print(C().hello())
print(C.make().hello(), C.util(4), C().util(5), type(C.make()).__name__)
print(C.__bases__ == (A, B), C.__base__.__name__, Base.__subclasses__() == [A, B])
print(isinstance(C(), (B,)), issubclass(C, Base), issubclass(Base, C), C.__name__, C.__qualname__)
try:
    class Bad(A, C):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Base, tag="x", other=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Counter:
    instances = 0
    def __new__(cls, *args):
        Counter.instances += 1
        obj = super().__new__(cls)
        obj.created_by_new = True
        return obj
    def __init__(self, v):
        self.v = v
c = Counter(3)
print(c.created_by_new, c.v, Counter.instances)
class Shadow:
    x = "class"
    def __init__(self):
        self.x = "inst"
s = Shadow()
print(s.x, Shadow.x, type(s).x)
del s.x
print(s.x)
class M(type):
    def __repr__(cls):
        return "<M %s>" % cls.__name__
class WithMeta(metaclass=M):
    pass
print(WithMeta, type(WithMeta).__name__, repr(WithMeta()).startswith("<__main__.WithMeta object"))
print(type(A), type(type), type(object), object.__bases__, type.__mro__ == (type, object))
def method(self):
    return "dyn " + self.name
D = type("D", (object,), {"name": "dd", "method": method})
print(D().method(), D.__name__, D.__mro__[1].__name__)
class Parent:
    def __init__(self):
        self.setup()
    def setup(self):
        self.kind = "parent"
class Child(Parent):
    def setup(self):
        self.kind = "child"
print(Child().kind, Parent().kind)
print(hasattr(C, "hello"), getattr(C, "missing", "dflt"), callable(C), callable(C()))
