def catch(exc, handlers):
    try:
        raise exc
    except handlers as e:
        return "caught " + type(e).__name__
    except BaseException as e:
        return "fallthrough " + type(e).__name__
print(catch(KeyError("k"), LookupError), catch(IndexError(), (KeyError, LookupError)), catch(ZeroDivisionError(), ArithmeticError))
print(catch(FileNotFoundError(), OSError), catch(StopIteration(), Exception), catch(KeyboardInterrupt(), Exception), catch(GeneratorExit(), Exception))
print(catch(UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), ValueError), catch(RecursionError(), RuntimeError), catch(NotImplementedError(), RuntimeError))
print(catch(ModuleNotFoundError(), ImportError), catch(TimeoutError(), OSError), catch(BrokenPipeError(), ConnectionError), catch(UnboundLocalError(), NameError))
print(catch(TabError() if False else IndentationError(), SyntaxError), catch(FloatingPointError(), ArithmeticError), catch(ReferenceError(), Exception))
class MyBase(Exception):
    pass
class MyChild(MyBase):
    pass
print(catch(MyChild(), MyBase), catch(MyBase(), MyChild))
print([c.__name__ for c in OSError.__mro__], BlockingIOError.__bases__, issubclass(PermissionError, OSError))
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__.args, e.__cause__)
def f():
    try:
        raise KeyError("x")
    except KeyError as e:
        return e
err = f()
print(type(err).__name__, err.__traceback__ is not None, err.__traceback__.tb_lineno, err.__traceback__.tb_frame.f_code.co_name)
e1 = ValueError("x")
e2 = ValueError("x")
print(e1 == e2, e1 == e1, hash(e1) != 0)
