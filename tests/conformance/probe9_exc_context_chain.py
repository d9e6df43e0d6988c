def f():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as v:
            raise TypeError("c") from v

try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
    print(repr(e.__cause__.__context__), e.__suppress_context__)
try:
    try:
        raise OSError("x")
    finally:
        print("finally runs")
except OSError as e:
    print(type(e).__name__, e.__context__)
def g():
    try:
        1 / 0
    except ZeroDivisionError as z:
        return z
z = g()
print(repr(z), z.__traceback__ is not None, z.__context__)
try:
    raise z
except ZeroDivisionError as again:
    print(again is z)
e = ValueError("v")
e.__context__ = e
try:
    raise KeyError("k")
except KeyError as k:
    k.__cause__ = None
    print(k.__suppress_context__, k.__cause__)
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2)
print(m.args, m.b, str(m))
print(issubclass(KeyError, LookupError), issubclass(OSError, EnvironmentError), IOError is OSError)
