# Probing program (issue 13, round 3): exception objects: args, str/repr, attributes, subclass __str__
for e in [Exception(), Exception("a"), Exception("a", 2), KeyError(), KeyError("k"), KeyError("a", "b"),
          IndexError(5), StopIteration(3), SystemExit(2), SystemExit(), OSError("x"),
          AttributeError("att"), NameError("n"), UnicodeError("u"), RecursionError()]:
    print(type(e).__name__, repr(e), str(e), e.args)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, StopIteration().value)
ae = AttributeError("msg", name="nm", obj=5)
print(ae.name, ae.obj, ae.args)
ne = NameError("n", name="xx")
print(ne.name)
ie = ImportError("imp", name="m", path="p")
print(ie.name, ie.path, ie.msg, str(ie), repr(ie))
class MyE(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return "MyE(%s,%s)" % (self.args[0], self.b)
m = MyE(1, 2)
print(str(m), repr(m), m.args)
class NoInit(ValueError):
    pass
ni = NoInit("x", "y")
print(repr(ni), ni.args, isinstance(ni, ValueError), NoInit.__mro__[1].__name__)
e = ValueError("x")
e.args = ("y", 2)
print(str(e), repr(e))
e.args = [1]
print(e.args, type(e.args).__name__)
e.custom = 5
print(e.custom, e.__dict__)
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as v:
    print(v.__suppress_context__, repr(v.__cause__))
try:
    raise 5
except TypeError as t:
    print("TypeError", t)
try:
    raise ValueError from 5
except TypeError as t:
    print("TypeError", t)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as t:
    print("TypeError", t)
try:
    try:
        pass
    except 5:
        pass
    print("except clause not evaluated")
except TypeError as t:
    print(t)
try:
    try:
        raise KeyError(1)
    except 5:
        pass
except TypeError as t:
    print("TypeError", t)
try:
    try:
        raise KeyError(1)
    except (ValueError, (TypeError, KeyError)) as k:
        print("nested tuple caught", repr(k))
except TypeError as t:
    print("TypeError", t)
print(BaseException.__subclasses__ is not None if False else "skip", issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError))
print(repr(KeyError("")), str(KeyError("")), str(KeyError(None)), repr(Exception(None)))
for name, spec in [("(KeyError, 5)", (KeyError, 5)), ("(5, KeyError)", (5, KeyError)), ("((KeyError,),)", ((KeyError,),)),
                   ("()", ()), ("(ValueError, KeyError)", (ValueError, KeyError)), ("5", 5),
                   ("(KeyError, (ValueError,))", (KeyError, (ValueError,)))]:
    try:
        try:
            raise KeyError("k")
        except spec:
            print(name, "caught")
    except TypeError as e:
        print(name, "TypeError", e, type(e.__context__).__name__)
    except KeyError:
        print(name, "not caught")
