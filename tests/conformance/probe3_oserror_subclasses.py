# Probing program (issue 13, round 3): OSError's errno subclasses, its fields, str and args, subclasses with their own __init__
names = ["BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError", "InterruptedError",
         "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError"]
import builtins
for n in names:
    t = getattr(builtins, n)
    print(n, t.__base__.__name__, [c.__name__ for c in t.__mro__], issubclass(t, OSError))
print([c.__name__ for c in ConnectionError.__subclasses__()])
print(IOError is OSError, EnvironmentError is OSError)
for code in [1, 2, 3, 4, 5, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 999, -1, 2**70]:
    e = OSError(code, "msg")
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
e = BlockingIOError(11, "x", 5)
print(e.characters_written, e.args, e.filename, str(e))
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as x:
    print("AttributeError", x)
e.characters_written = 7
print(e.characters_written)
del e.characters_written
print(hasattr(e, "characters_written"))
e = OSError(1, 2, 3, 4, 5)
print(type(e).__name__, e.args, e.filename, e.filename2, str(e))
e = OSError(1)
print(e.errno, e.args, str(e), OSError(1, 2, 3, 4, 5, 6).errno)
e = OSError(2, "s", None, None, "f2")
print(e.args, str(e), e.filename2)
e = OSError("a", "b")
print(type(e).__name__, e.errno, str(e))
e = OSError(2.0, "b")
print(type(e).__name__, e.errno, str(e))
e = OSError(True, "b")
print(type(e).__name__, e.errno, str(e))
class My(OSError):
    pass
print(type(My(2, "x")).__name__, str(My(2, "x", "f")), My(2, "x", "f").args)
class My2(OSError):
    def __init__(self, *a):
        print("init", a)
        super().__init__(*a)
m = My2(2, "x", "f")
print(str(m), m.args, m.filename)
e = OSError(2, "x")
e.errno = 5
e.strerror = "y"
e.filename = "q"
print(str(e), e.args, repr(e))
e.errno = None
print(str(e))
del e.filename
print(e.filename, str(e))
print(FileNotFoundError(5, "x").errno, type(FileNotFoundError(13, "x")).__name__)
try:
    OSError(2, "x", k=1)
except TypeError as t:
    print(t)
print(repr(OSError()), str(OSError()), OSError().errno)
e = OSError(2, "x", "f", 3, "g")
print(type(e).__name__, str(e), repr(e), e.filename2)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught", e, e.errno, e.filename)
try:
    raise PermissionError(13, "denied")
except OSError as e:
    print("caught", type(e).__name__, e)
e = TimeoutError()
print(e.errno, repr(e), isinstance(e, OSError))
