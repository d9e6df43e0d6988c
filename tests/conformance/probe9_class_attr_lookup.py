class Meta(type):
    meta_attr = "from meta"
    def __getattr__(cls, name):
        return "meta getattr " + name
    @property
    def prop(cls):
        return "meta prop of " + cls.__name__

class A(metaclass=Meta):
    a_attr = "from A"
class B(A):
    pass
print(B.a_attr, B.meta_attr, B.missing, B.prop)
try:
    print(B().meta_attr)
except AttributeError as e:
    print(e)
print(hasattr(B(), "prop"), "prop" in dir(B), "meta_attr" in dir(B))
class D:
    x = 1
    def __init__(self):
        self.x = 2
d = D()
print(d.x, D.x, type(d).x, d.__class__.x, vars(d), "x" in D.__dict__)
del d.x
print(d.x)
D.x = 5
print(d.x, D().x)
class E:
    __slots__ = ("v",)
    v_default = 3
e = E()
print(getattr(e, "v", "unset"), e.v_default)
try:
    e.v_default = 4
except AttributeError as err:
    print(err)
class F:
    def __init__(self):
        self.__private = 1
        self._F__other = 2
f = F()
print(sorted(vars(f)), f._F__private, getattr(f, "_F__other"))
class G:
    attr = "class"
    def method(self):
        return self.attr
G_inst = G()
G_inst.method = lambda: "instance override"
print(G_inst.method(), G.method(G_inst), type(G.__dict__["method"]).__name__)
print(G.method.__qualname__, G_inst.method.__name__, G().method.__self__.__class__.__name__)
