class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))

class A(Base, tag="a"):
    pass
class B(A):
    pass
class C(B, tag="c"):
    pass
print(Base.registry, A.tag, B.tag, C.tag)
try:
    class D(Base, bogus=1):
        pass
except TypeError as e:
    print(e)
try:
    class E(bogus=1):
        pass
except TypeError as e:
    print(e)
class Plain:
    pass
try:
    class F(Plain, x=1):
        pass
except TypeError as e:
    print(e)
class G:
    @classmethod
    def __init_subclass__(cls):
        print("explicit classmethod", cls.__name__)
class H(G):
    pass
class I:
    def __init_subclass__(cls):
        print("implicit classmethod", cls.__name__, type(cls.__dict__.get("__init_subclass__")).__name__)
class J(I):
    pass
print(type(I.__dict__["__init_subclass__"]).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name, kw)
        super().__init__(name, bases, ns)
class K(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("K init_subclass", cls.__name__, kw)
class L(K, flag=True):
    pass
print(object.__init_subclass__() is None)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(e)
