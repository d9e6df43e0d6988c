# Attribute access, descriptors and exception objects (part 1)
# Each line prints one expression's repr, or the exception it raises.
class A:
    x = 1
    def m(self): return self
    @property
    def p(self): return 5
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
class S:
    __slots__ = ("a",)
class E(Exception):
    def __str__(self): return "custom"
class R:
    def __repr__(self): return 5
class St:
    def __str__(self): return None
a = A()

def show(i, f):
    try:
        r = f()
        print(i, repr(r))
    except BaseException as e:
        print(i, type(e).__name__ + ':', e)

show(0, lambda: (a.nope))
show(1, lambda: (A.nope))
show(2, lambda: (A().p.x))
show(3, lambda: (setattr(a, "p", 1)))
def _f4():
    del a.p
    return None
show(4, _f4)
def _f5():
    del a.x
    return None
show(5, _f5)
def _f6():
    del A.nope
    return None
show(6, _f6)
show(7, lambda: (a.m.__self__ is a))
show(8, lambda: (a.m.__func__ is A.m))
show(9, lambda: (a.m == a.m))
show(10, lambda: (a.m is a.m))
show(11, lambda: (A.s(), a.s(), A.c(), a.c()))
show(12, lambda: (repr(A.p)[:18]))
show(13, lambda: (type(A.__dict__["s"]).__name__))
show(14, lambda: (type(A.__dict__["c"]).__name__))
show(15, lambda: (A.__dict__["s"].__func__.__name__))
show(16, lambda: (A.__dict__["c"].__func__.__name__))
show(17, lambda: (S().a))
def _f18():
    s_ = S()
    s_.b = 1
    return None
show(18, _f18)
show(19, lambda: (S().__dict__))
show(20, lambda: (S.a))
show(21, lambda: (repr(S.a)))
show(22, lambda: (type(S.a).__name__))
show(23, lambda: (str(E())))
show(24, lambda: (repr(E())))
show(25, lambda: (str(E("x"))))
show(26, lambda: (E("a", "b").args))
show(27, lambda: (str(KeyError("k"))))
show(28, lambda: (str(KeyError("k", "v"))))
show(29, lambda: (str(KeyError())))
show(30, lambda: (repr(KeyError(1))))
show(31, lambda: (str(IndexError("i"))))
show(32, lambda: (str(ValueError())))
show(33, lambda: (str(ValueError(1, 2))))
show(34, lambda: (repr(ValueError(1, 2))))
show(35, lambda: (str(OSError(2, "No such file"))))
show(36, lambda: (repr(OSError(2, "No such file"))))
show(37, lambda: (str(OSError(2, "No such file", "f.txt"))))
show(38, lambda: (type(OSError(2, "x")).__name__))
show(39, lambda: (OSError(99999, "x").errno))
show(40, lambda: (str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))))
show(41, lambda: (str(StopIteration(5))))
show(42, lambda: (StopIteration(5).value))
show(43, lambda: (str(SystemExit(3))))
show(44, lambda: (SystemExit(3).code))
