class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__("%s: %s" % (field, problem))
class Quiet(Exception):
    pass
class NoInit(Exception):
    def __str__(self):
        return "custom str with %d args" % len(self.args)
class ReprErr(Exception):
    def __repr__(self):
        return "ReprErr!"
e = ValidationError("age", "negative")
print(e, repr(e), e.args, e.field, isinstance(e, ValueError), ValidationError.__mro__[1].__name__)
print(str(Quiet()), repr(Quiet()), repr(Quiet(1, "a")), str(Quiet(None)), str(Quiet([1])))
print(NoInit(1, 2, 3), repr(NoInit(1)), ReprErr("x"), repr(ReprErr("y")), [ReprErr()])
print(BaseException.__subclasses__()[:0], issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print([c.__name__ for c in ValidationError.__mro__])
err = ValueError("a")
err.args = ("changed", 2)
print(err, err.args)
err2 = KeyError("k")
err2.note = "attached"
print(err2.note, vars(err2))
def catch(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + str(e)
    except Exception as e:
        return "other " + repr(e)
print(catch(KeyError(1)), catch(IndexError()), catch(ZeroDivisionError("z")), catch(ValidationError("f", "p")))
print(catch(OverflowError), catch(Quiet))
try:
    raise Quiet
except Quiet as q:
    print("class raised:", type(q).__name__, q.args)
try:
    raise 5
except TypeError as t:
    print("TypeError:", t)
try:
    raise ValueError from 3
except TypeError as t:
    print("TypeError:", t)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as t:
    print("TypeError:", t)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except ValueError as v:
    print("reraised", v)
e3 = Exception("msg")
print(e3.__traceback__, BaseException("x").args)
print(ArithmeticError("x").__class__.__bases__, type(Exception.__dict__).__name__)
print(repr(StopIteration(1, 2)), StopIteration(1, 2).value, StopIteration().value)
print(repr(SyntaxError("bad")), repr(OSError(5)), str(UnicodeError()), AssertionError("a").args)
