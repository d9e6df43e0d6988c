class Registry:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[key or cls.__name__.lower()] = cls
class Alpha(Registry, key="a"):
    pass
class Beta(Registry):
    pass
print(Registry.plugins)
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, Point.x.name, Point.x.owner, vars(p))
try:
    p.x = "s"
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class W(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
w = W(5)
print(W, w.created_by, w.via_meta, w.v, type(W).__name__, isinstance(W, Meta))
class Lazy:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()
lz = Lazy()
print(lz.hello, getattr(lz, "x", "d"), hasattr(lz, "_p"))
class Frozen:
    __slots__ = ("a",)
    def __init__(self, a):
        object.__setattr__(self, "a", a)
    def __setattr__(self, k, v):
        raise AttributeError(f"frozen: {k}")
f = Frozen(1)
try:
    f.a = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    f.b = 2
except AttributeError as e:
    print("AttributeError", e)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G[1, 2])
class Base:
    def hello(self):
        return "base"
class Mid1(Base):
    def hello(self):
        return "m1>" + super().hello()
class Mid2(Base):
    def hello(self):
        return "m2>" + super().hello()
class Leaf(Mid1, Mid2):
    def hello(self):
        return "leaf>" + super().hello()
print(Leaf().hello(), [c.__name__ for c in Leaf.__mro__])
try:
    class Bad(Mid1, Base, Mid2):
        pass
except TypeError as e:
    print("TypeError", e)
class StaticCls:
    count = 0
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        cls.count += 1
        return cls.count
print(StaticCls.s(3), StaticCls().s(4), StaticCls.c(), StaticCls().c(), type(StaticCls.__dict__["s"]).__name__)
print(callable(StaticCls), callable(StaticCls()), Point.__init__.__name__, Point.__module__)
