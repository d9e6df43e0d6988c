import sys
def gen():
    print("start", sys.exc_info()[1], sys.exception())
    try:
        raise KeyError("in gen")
    except KeyError as e:
        print("ctx", repr(e.__context__))
        yield 1
        print("resumed in except", sys.exc_info()[1])
    print("after except", sys.exc_info()[1])
    yield 2
    try:
        raise
    except Exception as e:
        print("bare raise got", repr(e))
    yield 3
g = gen()
try:
    raise IndexError("caller A")
except IndexError:
    next(g)
try:
    raise ValueError("caller B")
except ValueError:
    next(g)
next(g)
try:
    raise TypeError("caller C")
except TypeError:
    try:
        next(g)
    except StopIteration as e:
        print("stop", repr(e.__context__))
print(sys.exception(), sys.exc_info())
try:
    sys.exception(1)
except TypeError as e:
    print("TypeError", e)
