class Meta(type):
    meta_attr = "from meta"
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return "meta getattr " + name
        raise AttributeError(name)
    @property
    def prop(cls):
        return "meta prop of " + cls.__name__
    def meth(cls):
        return "meta meth " + cls.__name__
class C(metaclass=Meta):
    own = 1
print(C.meta_attr, C.dyn_x, C.prop, C.meth(), C.own)
try:
    C().meta_attr
except AttributeError as e:
    print("AttributeError", e)
try:
    C().meth
except AttributeError as e:
    print("AttributeError", e)
try:
    C.nothing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(C, "dyn_q"), hasattr(C(), "dyn_q"), "meta_attr" in dir(C), "meth" in dir(Meta))
class DataDesc:
    def __get__(self, obj, typ=None):
        return "datadesc"
    def __set__(self, obj, val):
        print("datadesc set", val)
class Meta2(type):
    x = DataDesc()
class D(metaclass=Meta2):
    x = "class own"
print(D.x, D().x)
D.x = 5
print(D.__dict__["x"])
class Meta3(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)
class E(metaclass=Meta3):
    pass
E.y = 1
del E.y
print(hasattr(E, "y"))
class Meta4(type):
    def __call__(cls, *a):
        return ("intercepted", cls.__name__, a)
class F(metaclass=Meta4):
    def __init__(self, v):
        raise AssertionError
print(F(1, 2))
print(type(C).__name__, type(Meta).__name__, isinstance(C, Meta), isinstance(C, type), issubclass(Meta, type))
