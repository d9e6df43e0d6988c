# raise ... from sets __cause__, __context__ and __suppress_context__; the
# uncaught chain prints cause and context the way CPython does
def show(e):
    print(type(e).__name__, type(e.__cause__).__name__, type(e.__context__).__name__,
          e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as v:
    show(v)
    print(v.__cause__ is v.__context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
except ValueError as v:
    show(v)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
except ValueError as v:
    show(v)
try:
    raise ValueError("v") from TypeError
except ValueError as v:
    show(v)
    print(repr(v.__cause__))
try:
    raise ValueError("v") from 3
except TypeError as t:
    print(t)
e = ValueError()
print(e.__suppress_context__)
e.__cause__ = KeyError()
print(e.__suppress_context__)
e.__cause__ = None
print(e.__suppress_context__, e.__cause__)
e.__suppress_context__ = False
print(e.__suppress_context__)
for v in [5, KeyError(), None]:
    try:
        e.__context__ = v
        print(type(e.__context__).__name__)
    except TypeError as t:
        print(t)
    try:
        e.__cause__ = v
        print(type(e.__cause__).__name__, e.__suppress_context__)
    except TypeError as t:
        print(t)
a = KeyError("a")
try:
    try:
        raise a
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise a
except KeyError as k:
    print(type(k.__context__).__name__, k.__context__.__context__)
def f():
    raise RuntimeError("inner")
def g():
    try:
        f()
    except RuntimeError as e:
        raise ValueError("middle") from e
try:
    g()
except ValueError:
    try:
        raise KeyError("suppressed") from None
    except KeyError:
        raise IndexError("outer")
