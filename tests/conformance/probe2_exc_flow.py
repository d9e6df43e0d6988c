# Probing program (issue 13, round 2): exception context, from None, finally overriding, re-raise
def ctx():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during")
try:
    ctx()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def none():
    try:
        [][1]
    except IndexError:
        raise ValueError("hidden") from None
try:
    none()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def override():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(override())
def fin_raise():
    try:
        raise KeyError("first")
    finally:
        raise TypeError("second")
try:
    fin_raise()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def reraise():
    try:
        int("x")
    except ValueError as e:
        e.args = ("changed",)
        raise
try:
    reraise()
except ValueError as e:
    print(e.args, str(e))
e1 = ValueError(1, 2)
print(str(e1), repr(e1), e1.args)
print(str(ValueError()), repr(ValueError()), str(KeyError("k")), str(KeyError("a", "b")))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
try:
    try:
        raise MyErr(1)
    except MyErr as e:
        raise MyErr(2) from e
except MyErr as e:
    print(e.code, e.__cause__.code)
def gen_err():
    raise StopIteration("x")
try:
    gen_err()
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
r = RuntimeError("a")
r.__notes__ = ["n"]
print(r.__notes__)
