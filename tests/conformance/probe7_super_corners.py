# super() corners
class A:
    def who(self):
        return 'A'
    @classmethod
    def cwho(cls):
        return 'A.c ' + cls.__name__
    @property
    def p(self):
        return 'A.p'

class B(A):
    def who(self):
        return 'B>' + super().who()
    @classmethod
    def cwho(cls):
        return 'B>' + super().cwho()
    @property
    def p(self):
        return 'B>' + super().p
    @staticmethod
    def st():
        try:
            return super().who()
        except RuntimeError as e:
            return "RuntimeError " + str(e)

class C(B):
    def who(self):
        return 'C>' + super(B, self).who()

print(B().who(), C().who(), C.cwho(), C().p)
print(B.st())
try:
    super().who()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(B, B()).nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError", e)
s = super(B, B())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
print(super(B, B).cwho())
print(super(C, C()).who())
def outside(self):
    return super().who()
try:
    outside(B())
except RuntimeError as e:
    print("RuntimeError", e)
class D(A):
    def who(self):
        del self
        try:
            return super().who()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(D().who())
