# Probing program (issue 13, round 3): __context__ chains through nested handlers
def chain(e):
    out = []
    while e is not None:
        out.append(type(e).__name__ + ":" + str(e))
        e = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(out)
def f1():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
try:
    f1()
except TypeError as e:
    print(chain(e))
def f2():
    try:
        raise KeyError("a")
    except KeyError as k:
        try:
            raise ValueError("b")
        except ValueError:
            pass
        raise TypeError("c")
try:
    f2()
except TypeError as e:
    print(chain(e))
def f3():
    try:
        raise KeyError("a")
    except KeyError as k:
        raise k
try:
    f3()
except KeyError as e:
    print(chain(e), e.__context__)
def f4():
    e1 = ValueError("v")
    try:
        raise KeyError("k")
    except KeyError:
        raise e1 from None
try:
    f4()
except ValueError as e:
    print(chain(e), e.__suppress_context__, type(e.__context__).__name__)
def f5():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("finally sees", type(__import__("sys").exc_info()[1]).__name__)
    except KeyError as e:
        return repr(e)
print(f5())
def f6():
    a = ValueError("a")
    b = TypeError("b")
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            pass
    try:
        raise b
    except TypeError as t:
        return repr(t.__context__)
print(f6())
import sys
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise KeyError("x")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
e = RuntimeError("r")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as t:
    print("TypeError", t)
try:
    e.__context__ = "x"
except TypeError as t:
    print("TypeError", t)
