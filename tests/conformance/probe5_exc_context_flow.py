import sys

def show(e, depth=0):
    print("  " * depth + "%s(%r) suppress=%s" % (type(e).__name__, str(e), e.__suppress_context__))
    if e.__cause__ is not None:
        print("  " * depth + "cause:")
        show(e.__cause__, depth + 1)
    elif e.__context__ is not None:
        print("  " * depth + "context:")
        show(e.__context__, depth + 1)

def layer1():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad value") from e

def layer2():
    try:
        layer1()
    except ValueError:
        raise RuntimeError("layer2 failed")

try:
    layer2()
except RuntimeError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("tt") from None
except TypeError as e:
    show(e)
    print(e.__context__ is not None, type(e.__context__).__name__)

def cleanup():
    try:
        raise ValueError("inner")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)

try:
    cleanup()
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise IndexError("b")
        except IndexError as second:
            print(second.__context__ is first)
            raise
except IndexError as e:
    show(e)
print(sys.exc_info())
e = ValueError("x")
e.__cause__ = KeyError("y")
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as te:
    print("TypeError:", te)
try:
    raise ValueError("v") from 5
except TypeError as te:
    print("TypeError:", te)
try:
    raise ValueError("v") from KeyError
except ValueError as ve:
    print(repr(ve.__cause__), ve.__suppress_context__)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("genexit")
        raise
g = gen(); next(g); g.close()
try:
    raise 5
except TypeError as te:
    print("TypeError:", te)
try:
    raise
except RuntimeError as re_:
    print("RuntimeError:", re_)
