# The exception a generator's own handler is handling survives its yields;
# the resumer's handled exception is restored around each resumption.
import sys
def g():
    try:
        yield 1
    except ValueError:
        print("in gen handler", sys.exc_info()[0].__name__)
        yield 2
        print("after yield, still", sys.exc_info()[0].__name__)
    yield 3
x = g()
next(x)
x.throw(ValueError)
try:
    raise KeyError("outer")
except KeyError:
    next(x)
    print("caller sees", sys.exc_info()[0].__name__)
def ctx():
    try:
        raise IndexError("a")
    except IndexError:
        yield "x"
z = ctx()
next(z)
try:
    raise KeyError("b")
except KeyError as e:
    print(repr(e.__context__))
