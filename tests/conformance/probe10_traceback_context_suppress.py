try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no context") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def g():
    try:
        {}["missing"]
    finally:
        pass
try:
    g()
except KeyError as e:
    print(repr(e), e.__context__)
try:
    raise ValueError("v")
except ValueError as v:
    v.__cause__ = None
    print(v.__suppress_context__)
    v.__cause__ = KeyError("c")
    print(v.__suppress_context__)
def h():
    try:
        raise IndexError("first")
    except IndexError:
        try:
            raise KeyError("second")
        except KeyError as k:
            raise AttributeError("third")
h()
