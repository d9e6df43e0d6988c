# property (getter/setter/deleter, errors), staticmethod/classmethod in any
# position among stacked decorators, __set_name__ and __init_subclass__.
class C:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v
    @x.deleter
    def x(self):
        print("del")
        del self._x
    y = property(lambda self: 42)
    z = property(None)
    w = property(fget=lambda self: "w", doc="docw")

c = C()
print(c.x)
c.x = 5
print(c.x)
del c.x
print(hasattr(c, "_x"), c.y, c.w, C.w.__doc__)
print(type(C.x).__name__, C.x.fget.__name__, C.y.fset, isinstance(C.x, property))
def setter(): c.y = 1
def deleter(): del c.y
def getter(): return c.z
for f in (setter, deleter, getter):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
p = property(lambda s: 1)
class D:
    pass
D.q = p
try:
    D().q = 2
except AttributeError as e:
    print("AttributeError:", e)

def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args[1:] if args and isinstance(args[0], E) else args)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper

def twice(fn):
    return lambda *a: fn(*a) * 2

class E:
    @staticmethod
    @trace
    def s(a, b):
        return a + b
    @classmethod
    @trace
    def k(cls, v):
        return cls.__name__ + str(v)
    @trace
    @twice
    def m(self, v):
        return v
    @classmethod
    @property
    def cp(cls):
        return "class property of " + cls.__name__
print(E.s(1, 2), E().s(3, 4))
print(E.k(1), E().k(2))
print(E().m(21))
print(E.cp)

# __set_name__
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "field " + self.name
class Model:
    first = Field()
    second = Field()
print(Model().first, Model.second.name)

# __init_subclass__
class Base:
    registry = []
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
        Base.registry.append(cls.__name__)
class A(Base):
    pass
class B(A):
    pass
print(Base.registry)
class Plugin:
    @classmethod
    def __init_subclass__(cls):
        cls.tag = cls.__name__.lower()
class MyPlugin(Plugin):
    pass
print(MyPlugin.tag)
