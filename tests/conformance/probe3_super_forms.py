# Probing program (issue 13, round 3): super() forms
class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm:" + cls.__name__
    @staticmethod
    def sm():
        return "A.sm"
    def __repr__(self):
        return "<" + type(self).__name__ + ">"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
d = D()
print(d.who(), D.cm(), super(D, d).sm())
print(super(B, d).who(), super(C, d).who(), super(A, d).__repr__().split(' at ')[0])
print(super(D, D).cm(), super(B, D).cm())
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__, s.__self_class__.__name__)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError", e)
def free():
    return super().who()
try:
    free()
except RuntimeError as e:
    print("RuntimeError", e)
class E(A):
    def get(self):
        f = lambda: super(E, self).who()
        return f()
    def comp(self):
        return [super(E, self).who() for _ in range(2)]
print(E().get(), E().comp())
class F(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return ("F", super().__getitem__(k))
f = F()
f["a"] = 2
print(f["a"], dict(f))
class G(list):
    def append(self, x):
        super().append(x)
        super().append(x)
g = G(); g.append(1); print(g, len(g))
try:
    super(D, d).nothing
except AttributeError as e:
    print("AttributeError", e)
class H(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(H().ok)
    pass
class B(A):
    def m(self):
        s = super()
        return type(s).__name__, s.__class__.__name__, s.__self__ is self, s.__thisclass__.__name__, s.__self_class__.__name__
class C(B):
    pass
print(C().m())
print(super(B, C).__self__.__name__, super(B, C).__self_class__.__name__, super(B, C).__class__.__name__)
class HasSelf:
    __self__ = "from class"
class Sub(HasSelf):
    def m(self):
        return super().__self__
print(Sub().m())
