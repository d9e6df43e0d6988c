cases = [
    Exception(), Exception("one"), Exception("a", 2), ValueError(""),
    KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(("t",)),
    IndexError(3), StopIteration(5), SystemExit(2), OSError(2, "No such file"),
    OSError(2, "No such file", "f.txt"), OSError("plain"), UnicodeError("u"),
    AttributeError("attr"), NameError("n"), RuntimeError(None), AssertionError([1, 2]),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
class MyErr(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])
e = MyErr(7, "broken")
print(str(e), repr(e), e.args, e.code, isinstance(e, ValueError))
class Quiet(Exception):
    pass
print(repr(Quiet("x", y=1) if False else Quiet("x")), str(Quiet()), repr(Quiet()))
try:
    Exception(y=1)
except TypeError as te:
    print("TypeError:", te)
e2 = ValueError("first")
e2.args = ("changed", 1)
print(str(e2), repr(e2))
e3 = KeyError("x")
e3.args = ()
print(repr(str(e3)), repr(e3))
print(str(StopIteration()), StopIteration(1, 2).value, StopIteration().value)
print(SystemExit(1, 2).code, SystemExit().code, SystemExit("msg").code)
try:
    {}["missing"]
except KeyError as k:
    print(k, repr(k), k.args)
try:
    [][5]
except IndexError as ie:
    print(ie, repr(ie))
try:
    raise ValueError
except ValueError as ve:
    print(repr(ve), ve.args, ve.__traceback__ is not None)
err = OSError(13, "denied", "/x", None, "/y")
print(str(err), err.errno, err.strerror, err.filename, err.filename2, type(err).__name__)
print(repr(BaseException("b")), issubclass(KeyError, LookupError), KeyError.__mro__[1:3])
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
ex = Exception("with note")
ex.add_note("note one")
ex.add_note("note two")
print(ex.__notes__, str(ex))
try:
    ex.add_note(5)
except TypeError as te:
    print("TypeError:", te)
