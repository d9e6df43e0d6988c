# Probing program (issue 13, round 2): cooperative super() through a diamond, __mro__, super forms
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()
    def who(self):
        return ["Base"]
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left)
        super().__init__(**kw)
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right)
        super().__init__(**kw)
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom")
        super().__init__(**kw)
    def who(self):
        return ["Bottom"] + super().who()
b = Bottom(left=1, right=2, extra=3)
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).who())
print(super(Bottom, b).who())
class A:
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def st():
        return "static"
class B(A):
    @classmethod
    def make(cls):
        return "B+" + super().make()
print(B.make(), B().make(), B.st())
print(super(B, B).make())
try:
    class X(Left, Bottom):
        pass
except TypeError as e:
    print("TypeError", e)
class P:
    def f(self):
        return "P.f"
class Q(P):
    def f(self):
        return "Q.f"
    def g(self):
        return super().f()
print(Q().g())
s = super(Q, Q())
print(s.f())
print(issubclass(Bottom, Base), issubclass(Base, Bottom), isinstance(b, Right))
print(Bottom.__bases__ == (Left, Right), Base.__base__ is object)
