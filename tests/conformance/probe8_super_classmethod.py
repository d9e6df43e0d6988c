# super() in classmethods, staticmethods (explicit form), __new__, and
# through properties.
class A:
    @classmethod
    def make(cls, *args):
        print("A.make", cls.__name__, args)
        return cls.__new__(cls)
    @staticmethod
    def helper(x):
        return "A.helper(%s)" % x
    def __new__(cls, *args, **kw):
        print("A.__new__", cls.__name__, args, kw)
        return super().__new__(cls)
    @property
    def name(self):
        return "A"

class B(A):
    @classmethod
    def make(cls, *args):
        print("B.make", cls.__name__)
        return super().make(*args, "extra")
    @staticmethod
    def helper(x):
        return "B+" + super(B, B).helper(x)
    def __new__(cls, *args, **kw):
        print("B.__new__", args)
        return super().__new__(cls, *args, **kw)
    def __init__(self, *args, **kw):
        print("B.__init__", args, kw)
    @property
    def name(self):
        return "B<" + super().name + ">"

class C(B):
    pass

o = C.make(1)
print(type(o).__name__)
print(C.helper(3))
c = C(1, k=2)
print(c.name)
s = super(B, c)
print(s.name)
print(super(B, C).make.__self__.__name__)
try:
    super(B, 3)
except TypeError as e:
    print("TypeError", e)
try:
    super(C, A())
except TypeError as e:
    print("TypeError", e)

def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)

class D:
    def m(self):
        f = lambda: super().__repr__
        return f
try:
    D().m()()
except Exception as e:
    print(type(e).__name__)
class E:
    def m(self):
        def inner():
            return super().__class__
        return inner()
try:
    E().m()
except RuntimeError as e:
    print("RuntimeError", e)
