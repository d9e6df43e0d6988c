# Probing program (issue 13): super() in diamonds, classmethods, errors; MRO conflicts
class A:
    def who(self): return "A"
    @classmethod
    def cm(cls): return "A.cm " + cls.__name__
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
    @classmethod
    def cm(cls): return "D " + super().cm()
print(D().who(), [k.__name__ for k in D.__mro__])
print(D.cm())
print(super(B, D()).who())
class E:
    def __init__(self):
        print(super().__init__())
E()
def f():
    try:
        super()
    except RuntimeError as e:
        print("RE", e)
f()
class F(A):
    def g(self):
        return super().nope
try:
    F().g()
except AttributeError as e:
    print("AE", e)
print(isinstance(D(), A), issubclass(D, C), issubclass(A, D))
try:
    class X(A, A): pass
except TypeError as e:
    print("TE", e)
