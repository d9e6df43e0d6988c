# Multiple inheritance: C3 MRO (__mro__, __bases__), super() in diamonds,
# the TypeErrors for inconsistent MROs and duplicate bases, mixins over
# built-in bases, dunders found along the MRO.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def who(self):
        return "Base"
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def who(self):
        return "Right>" + super().who()
    def only_right(self):
        return "only right"
class Diamond(Left, Right):
    def __init__(self):
        print("Diamond.__init__")
        super().__init__()
    def who(self):
        return "Diamond>" + super().who()
d = Diamond()
print(d.trail, d.who(), d.only_right())
print([c.__name__ for c in Diamond.__mro__])
print(Diamond.__bases__ == (Left, Right), Left.__bases__ == (Base,))
print(isinstance(d, Right), issubclass(Diamond, Right), issubclass(Right, Diamond))
class Sub(Diamond):
    pass
print([c.__name__ for c in Sub.__mro__], Sub().who())
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Q(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def describe(self):
        return type(self).__name__ + " with " + str(len(self))
class MyList(list, Mixin):
    pass
m = MyList([1, 2])
print(m.describe(), [c.__name__ for c in MyList.__mro__])
class Err(Mixin, ValueError):
    def __len__(self):
        return 7
try:
    raise Err("bad")
except ValueError as e:
    print("caught", e, e.describe())
class Cmp:
    def __eq__(self, o): return "Cmp.eq"
class Rep:
    def __repr__(self): return "<Rep>"
class Both(Rep, Cmp):
    pass
print(Both() == 1, repr(Both()))
class Init:
    def __init_subclass__(cls):
        print("subclass", cls.__name__)
class Multi(X, Init):
    pass
