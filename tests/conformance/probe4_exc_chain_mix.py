class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(2, "bad number %r" % s) from e

def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except AppError as e:
            print("caught", e, repr(e.__cause__), e.__suppress_context__)
            out.append(None)
        finally:
            out.append("|")
    return out

print(load(["1", "x", "3"]))
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def f():
    try:
        raise TypeError("inner")
    finally:
        print("finally runs")
try:
    f()
except TypeError as e:
    print("got", e, e.args, e.__traceback__ is not None)
def g():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError as k:
            print("key", k, repr(k), str(KeyError("a b")))
            continue
        finally:
            print("fin", i)
g()
e = AppError(7, "seven")
print(e, repr(e), e.args, e.code)
print(repr(Exception()), repr(Exception("a", 2)), str(Exception("a", 2)))
print(str(KeyError()), repr(KeyError("x")), str(KeyError("x", "y")))
x = None
try:
    raise AppError(1, "one")
except Exception as err:
    x = err
print(x, "err" in dir())
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
