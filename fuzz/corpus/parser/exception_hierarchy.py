# built-in exception classes and their bases
classes = [Exception, ValueError, TypeError, KeyError, IndexError, AttributeError,
           NameError, ZeroDivisionError, OverflowError, MemoryError, AssertionError,
           RuntimeError, RecursionError, NotImplementedError, StopIteration,
           SyntaxError, IndentationError, UnboundLocalError]
for c in classes:
    try:
        raise c("msg")
    except Exception as e:
        print(type(e), str(e), repr(e), isinstance(e, Exception))
print(isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
print(isinstance(UnboundLocalError(), NameError), isinstance(IndentationError(), SyntaxError))
print(isinstance(ZeroDivisionError(), Exception), isinstance(KeyError(), ValueError))
try:
    raise UnboundLocalError("u")
except NameError as e:
    print("NameError catches", type(e))
try:
    raise IndentationError("i")
except SyntaxError as e:
    print("SyntaxError catches", type(e))
print(repr(KeyError("k")), str(KeyError("k")), str(ValueError()), repr(ValueError()))
print(repr(Exception("a", 1)), str(Exception("a", 1)))
