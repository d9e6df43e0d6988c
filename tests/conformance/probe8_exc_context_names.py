import sys
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("k")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    show(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    show(e)
try:
    raise ValueError("x") from ValueError
except ValueError as e:
    show(e)
try:
    raise 5
except TypeError as e:
    show(e)
try:
    raise int
except TypeError as e:
    show(e)
e = ValueError("manual")
e.__cause__ = KeyError("set")
print(e.__suppress_context__)
e.__suppress_context__ = False
try:
    e.__cause__ = 5
except TypeError as te:
    print("TypeError", te)
try:
    e.__context__ = "s"
except TypeError as te:
    print("TypeError", te)
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError:
            pass
        raise ValueError(3)
except ValueError as e:
    show(e)
print(sys.exc_info() == (None, None, None))
try:
    raise KeyError("outer")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    try:
        raise IndexError
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    show(e)
try:
    raise
except RuntimeError as e:
    show(e)
err = None
try:
    raise OSError(2, "nofile")
except OSError as err:
    pass
try:
    print(err)
except NameError as ne:
    print("NameError", ne)
def cycle_ctx():
    a = ValueError("a")
    b = KeyError("b")
    try:
        try:
            raise a
        except ValueError:
            raise b
    except KeyError:
        try:
            raise a
        except ValueError as again:
            return again
r = cycle_ctx()
show(r)
print(repr(r.__context__.__context__))
