class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        print("Base.__init_subclass__", cls.__name__, tag, sorted(kw))
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin.__init_subclass__", cls.__name__, sorted(kw))
        super().__init_subclass__()
class A(Base, tag="a"):
    pass
class B(A):
    pass
class M(Mixin, Base, tag="m", extra=1):
    pass
print(Base.registry, A.tag, B.tag, M.tag)
try:
    class Bad(Base, tag="x", unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
print(Base.registry)
class Implicit:
    def __init_subclass__(cls):
        cls.marked = True
print(type(Implicit.__dict__["__init_subclass__"]).__name__)
class Child(Implicit):
    pass
print(Child.marked, hasattr(Implicit, "marked"))
class Raising:
    def __init_subclass__(cls):
        raise ValueError("no subclass for " + cls.__name__)
try:
    class R(Raising):
        pass
except ValueError as e:
    print("ValueError", e)
print([c.__name__ for c in Raising.__subclasses__()])
class Order:
    def __set_name__(self, owner, name):
        print("__set_name__", name, hasattr(owner, "done"))
class WithSetName:
    def __init_subclass__(cls):
        print("init_subclass after set_name?", cls.__name__)
        cls.done = True
class S(WithSetName):
    a = Order()
    b = Order()
late = Order()
S.c = late
print("late attribute: no __set_name__ call")
T = type("T", (WithSetName,), {"d": Order()})
print(T.done)
class SetNameKwargs:
    def __set_name__(self, owner, name, extra):
        pass
try:
    class Q:
        x = SetNameKwargs()
except RuntimeError as e:
    print("RuntimeError", e, "cause:", type(e.__cause__).__name__, e.__cause__)
class NotCallable:
    __set_name__ = 5
try:
    class Q2:
        y = NotCallable()
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
