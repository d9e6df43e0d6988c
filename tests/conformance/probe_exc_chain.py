# Probing program (issue 13): __cause__, __context__, __suppress_context__ and their setters
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
try:
    f()
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise OSError("o")
    except OSError:
        raise RuntimeError("r") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TE", e)
e = ValueError("a")
e.__cause__ = KeyError("b")
print(e.__suppress_context__)
try:
    e.__cause__ = 3
except TypeError as x:
    print("TE", x)
