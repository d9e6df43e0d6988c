# Attribute access, descriptors and exception objects (part 2)
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

show(0, lambda: (SystemExit().code))
show(1, lambda: (SystemExit(1, 2).code))
show(2, lambda: (str(AttributeError("a", name="n", obj=1)) if False else 0))
show(3, lambda: (AttributeError("x").name))
show(4, lambda: (NameError("x").name))
show(5, lambda: (repr(R())))
show(6, lambda: (str(St())))
show(7, lambda: ("%s" % St()))
show(8, lambda: (print(R())))
show(9, lambda: (format(St(), "")))
show(10, lambda: (f"{R()!r}"))
show(11, lambda: (BaseException("x").with_traceback(None)))
show(12, lambda: (Exception("a") == Exception("a")))
show(13, lambda: (hash(Exception()) is not None))
show(14, lambda: (isinstance(E(), BaseException)))
show(15, lambda: (issubclass(KeyboardInterrupt, Exception)))
show(16, lambda: (issubclass(GeneratorExit, Exception)))
show(17, lambda: (issubclass(StopAsyncIteration, Exception) if False else 0))
show(18, lambda: (ZeroDivisionError.__bases__))
show(19, lambda: (RecursionError.__bases__))
show(20, lambda: (NotImplementedError.__bases__))
show(21, lambda: (TimeoutError.__bases__))
show(22, lambda: (BrokenPipeError.__bases__))
show(23, lambda: (UnboundLocalError.__bases__))
show(24, lambda: (ModuleNotFoundError.__bases__))
show(25, lambda: (IndentationError.__bases__))
show(26, lambda: (EnvironmentError is OSError))
show(27, lambda: (E.__mro__))
show(28, lambda: (Exception().args))
show(29, lambda: (Exception(None).args))
show(30, lambda: (BaseException.__new__(E).args))
show(31, lambda: (E.__new__(E, 1, 2).args))
def _f32():
    e_ = Exception()
    e_.args = [1, 2]
    e_.args
    return None
show(32, _f32)
def _f33():
    e_ = Exception()
    e_.args = 5
    return None
show(33, _f33)
show(34, lambda: (str(Exception([1, 2]))))
show(35, lambda: (str(Exception(""))))
show(36, lambda: (str(Exception(("a",)))))
