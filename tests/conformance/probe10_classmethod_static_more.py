class A:
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x):
        return ("sm", x)
    @classmethod
    @property
    def cprop(cls):
        return "cprop " + cls.__name__
class B(A):
    pass
print(A.cm(1), B.cm(2), B().cm(3), A.sm(4), A().sm(5), B.cprop)
cm = A.__dict__["cm"]
sm = A.__dict__["sm"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(cm.__get__(None, B)(9), sm.__get__(None, A)(8), cm.__get__(B())(7))
print(callable(sm), sm(1) if callable(sm) else "not callable")
try:
    cm(1)
except TypeError as e:
    print("TypeError", e)
print(A.cm.__self__ is A, A().cm.__self__ is A, A.cm.__func__ is cm.__func__)
print(staticmethod(len)("abc"), classmethod(lambda c: c).__get__(None, int)())
try:
    classmethod()
except TypeError as e:
    print("TypeError", e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print("TypeError", e)
s = staticmethod(print)
print(s.__func__ is print, isinstance(s, staticmethod))
class C:
    f = staticmethod(abs)
    g = abs
print(C.f(-1), C().f(-2), C().g(-3))
def plain(*a):
    return a
class D:
    p = plain
print(D.p(1), D().p(1)[1:], type(D().p).__name__, D().p.__func__ is plain)
