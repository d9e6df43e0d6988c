class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
    @staticmethod
    def st():
        try:
            super()
        except RuntimeError as e:
            return str(e)
class C(B):
    pass
print(C().who(), C.cm(), B.st())
print(super(B, C()).who(), super(A, C()).__class__.__name__)
try:
    super(B, A())
except TypeError as e:
    print(e)
try:
    super(1, 2)
except TypeError as e:
    print(e)
def outside():
    super()
try:
    outside()
except RuntimeError as e:
    print(e)
s = super(B, C())
print(repr(s).startswith("<super: <class 'B'>, <C object>>"), s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
try:
    super(B, C()).nope
except AttributeError as e:
    print(e)
class D(A):
    def who(self):
        return __class__.__name__ + " " + self.__class__.__name__
class E(D):
    pass
print(E().who())
u = super(B)
print(repr(u), u.__self__)
print(super(B, B).cm(), super(B, C).who(C()))
class F:
    def __init__(self):
        super().__init__()
        self.ok = True
print(F().ok)
try:
    class G:
        def m(self):
            del __class__
    print("compiled")
except SyntaxError as e:
    print("SyntaxError")
