class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return "<class %s via Meta>" % cls.__name__
    def __len__(cls):
        return 7
    def __getitem__(cls, k):
        return k * 2
    def __iter__(cls):
        return iter([1, 2])
    def __contains__(cls, x):
        return x == "in"

class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(A.injected, repr(A), len(A), A[3], list(A), "in" in A, "out" in A)
a = A(5)
print(a.v, type(A).__name__, isinstance(A, Meta), type(type(a)) is Meta)
class M2(type):
    def __new__(m, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(m, name, bases, ns)
class B(metaclass=M2):
    pass
class C(B):
    pass
print(B.added, C.added, type(C).__name__)
def fmeta(name, bases, ns):
    return "not a class: " + name
class D(metaclass=fmeta):
    pass
print(D)
class Ma(type):
    pass
class Mb(type):
    pass
class X(metaclass=Ma):
    pass
class Y(metaclass=Mb):
    pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(e)
T = type("T", (), {"f": lambda self: "f"})
print(T().f(), T.__name__, T.__bases__, T.__qualname__, T.__module__)
try:
    type("U", (1,), {})
except TypeError as e:
    print(e)
try:
    type("U", (), [])
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type.__call__(int, "5"), Meta.__mro__[1] is type)
