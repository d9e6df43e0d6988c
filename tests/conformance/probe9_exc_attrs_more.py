def attempt(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, e)

e = OSError(2, "No such file")
print(e, e.errno, e.strerror, e.args, repr(e))
e2 = OSError("just msg")
print(e2, e2.errno, e2.args)
e3 = OSError(1, "x", "fname")
print(e3, e3.filename, type(OSError(2, "y")).__name__)
print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")))
s = SystemExit(3)
print(s.code, SystemExit().code, SystemExit(1, 2).code)
st = StopIteration(5, 6)
print(st.value, StopIteration().value)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as u:
    print(u.encoding, u.start, u.end, u.reason, u.object, str(u))
try:
    "é".encode("ascii")
except UnicodeEncodeError as u:
    print(u.encoding, u.start, u.end, u.reason, repr(u.object), str(u))
try:
    None.attr
except AttributeError as a:
    print(a.name, a.obj, str(a))
try:
    undefined_name
except NameError as n:
    print(n.name, str(n))
def reraise():
    raise
attempt("reraise", reraise)
def raise_int():
    raise 5
attempt("raise-int", raise_int)
def raise_from_int():
    raise ValueError from 5
attempt("raise-from-int", raise_from_int)
def raise_from_class():
    try:
        raise ValueError from KeyError
    except ValueError as v:
        return repr(v.__cause__), v.__suppress_context__
attempt("raise-from-class", raise_from_class)
def raise_class_with_init_args():
    class E(Exception):
        def __init__(self, a, b):
            super().__init__(a + b)
    raise E
attempt("raise-class-args", raise_class_with_init_args)
print(repr(ValueError(1).with_traceback(None)), issubclass(UnicodeDecodeError, ValueError), ArithmeticError.__subclasses__()[:3])
print(BaseException.__mro__[-1].__name__, Exception.__bases__, type(KeyboardInterrupt()).__mro__[1].__name__)
class Custom(Exception):
    def __str__(self):
        return "custom str"
print(str(Custom(1)), repr(Custom(1)), Custom(1).args)
try:
    raise Custom("x")
except Exception as c:
    print(f"{c}", f"{c!r}")
