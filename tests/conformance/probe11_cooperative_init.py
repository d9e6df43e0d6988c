# Cooperative multiple inheritance with super() and **kwargs.
class Base:
    def __init__(self, **kw):
        print("Base.__init__ leftovers", sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name="?", **kw):
        self.name = name
        print("Named", name)
        super().__init__(**kw)
class Colored(Base):
    def __init__(self, color="none", **kw):
        self.color = color
        print("Colored", color)
        super().__init__(**kw)
class Sized(Base):
    def __init__(self, size=0, **kw):
        self.size = size
        print("Sized", size)
        super().__init__(**kw)
class Widget(Named, Colored, Sized):
    def __init__(self, **kw):
        print("Widget", sorted(kw.items()))
        super().__init__(**kw)
    def describe(self):
        return "%s/%s/%s" % (self.name, self.color, self.size)
w = Widget(name="btn", color="red", size=3)
print(w.describe(), [c.__name__ for c in Widget.__mro__])
try:
    Widget(name="x", weight=5)
except TypeError as e:
    print("TypeError:", e)
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), super(B, D()).who(), super(C, D()).who())
class Meta(type):
    def __call__(cls, *a, **kw):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **kw)
class Single(metaclass=Meta):
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1, s2 = Single(1), Single(2)
print(s1 is s2, s1.v, type(Single).__name__)
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
