trace = []
class Base:
    def __init__(self, **kw):
        trace.append("Base")
        self.leftover = kw
    def describe(self):
        return ["Base"]
class Left(Base):
    def __init__(self, left=0, **kw):
        trace.append("Left")
        self.left = left
        super().__init__(**kw)
    def describe(self):
        return ["Left"] + super().describe()
class Right(Base):
    def __init__(self, right=0, **kw):
        trace.append("Right")
        self.right = right
        super().__init__(**kw)
    def describe(self):
        return ["Right"] + super().describe()
class Bottom(Left, Right):
    def __init__(self, **kw):
        trace.append("Bottom")
        super().__init__(**kw)
    def describe(self):
        return ["Bottom"] + super().describe()

b = Bottom(left=1, right=2, extra=3)
print(trace, b.left, b.right, b.leftover)
print(b.describe(), [c.__name__ for c in Bottom.__mro__])
print(super(Left, b).describe(), super(Right, b).describe(), super(Bottom, b).describe())
print(Left.describe(b), Right.__init__ is not Left.__init__)
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class Z(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def hello(self):
        return "mixin hello from " + type(self).__name__ + " / " + super().hello()
class Core:
    def hello(self):
        return "core"
class Combined(Mixin, Core):
    pass
print(Combined().hello(), Combined.__bases__, Combined.hello is Mixin.hello)
try:
    Mixin().hello()
except AttributeError as e:
    print("AttributeError:", e)
s = super(Bottom, b)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is b)
try:
    super(int, b)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().describe()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
print(issubclass(Bottom, Base), isinstance(b, Right), Bottom.__subclasses__(), [k.__name__ for k in Base.__subclasses__()])
