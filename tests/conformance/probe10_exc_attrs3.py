e = Exception()
print(repr(e), str(e), e.args, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e = Exception(1, "two", None)
print(repr(e), str(e), e.args)
e.args = ("new",)
print(repr(e), str(e))
e.args = [1, 2]
print(type(e.args).__name__, e.args)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
ie = ImportError("msg", name="nm", path="p")
print(ie.msg, ie.name, ie.path, repr(ie), str(ie))
try:
    ImportError(bogus=1)
except TypeError as ex:
    print("TypeError", ex)
oe = OSError(2, "No such file")
print(type(oe).__name__, oe.errno, oe.strerror, str(oe), oe.filename)
oe2 = OSError(2, "msg", "fname")
print(str(oe2), oe2.filename, type(OSError(13, "x")).__name__, type(OSError(99999, "x")).__name__)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
ae = AttributeError("m", name="n", obj=5)
print(ae.name, ae.obj, ae.args)
ne = NameError("m", name="q")
print(ne.name, ne.args)
class MyE(ValueError):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyE(1, 2)
print(repr(m), str(m), m.b, m.args)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
ns = NoSuper(5)
print(repr(ns), ns.args, str(ns))
class StrE(Exception):
    def __str__(self):
        return "custom str"
print(str(StrE("a")), repr(StrE("a")))
print(BaseException.__subclasses__()[:0], Exception.__bases__, ArithmeticError.__subclasses__() == [FloatingPointError, OverflowError, ZeroDivisionError])
print([c.__name__ for c in LookupError.__subclasses__()][:2], UnicodeDecodeError.__mro__[1].__name__)
