# str()/repr()/args of built-in exceptions with 0, 1, 2 arguments.
classes = [Exception, ValueError, KeyError, IndexError, AttributeError, StopIteration,
           SystemExit, OSError, FileNotFoundError, UnicodeError, RuntimeError, NameError,
           ImportError, ModuleNotFoundError, ZeroDivisionError, AssertionError, LookupError,
           NotImplementedError, RecursionError, TypeError, KeyboardInterrupt, GeneratorExit]
for cls in classes:
    for args in ((), ("msg",), (1, 2), ("",), (None,)):
        e = cls(*args)
        print(cls.__name__, len(args), repr(str(e)), repr(e), e.args)
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = KeyError("k")
e.args = ("changed", 1)
print(str(e), repr(e))
e.args = [1]
print(e.args, type(e.args).__name__)
n = NameError("x", name="foo")
print(n.name, n.args)
a = AttributeError("y", name="attr", obj=5)
print(a.name, a.obj, a.args)
im = ImportError("msg", name="mod", path="p")
print(im.name, im.path, im.msg, str(im), repr(im))
try:
    ImportError("m", bogus=1)
except TypeError as t:
    print("TypeError", t)
try:
    ValueError(x=1)
except TypeError as t:
    print("TypeError", t)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr("first", "second")
print(str(m), repr(m), m.args, m.b)
class NoInit(Exception):
    def __init__(self):
        pass
print(repr(NoInit()), NoInit().args, repr(str(NoInit())))
class StrErr(Exception):
    def __str__(self):
        return "custom str"
print(str(StrErr(1)), repr(StrErr(1)))
print(issubclass(FileNotFoundError, OSError), issubclass(IOError, OSError), IOError is OSError, EnvironmentError.__name__)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(TimeoutError, OSError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(BaseException.__subclasses__() is not None, len(ArithmeticError.__subclasses__()))
