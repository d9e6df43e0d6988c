try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 == 2, "msg %d" % 5
except AssertionError as e:
    print(repr(e))
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(repr(e), e.args[0])
x = 0
def side():
    global x
    x += 1
    return "m"
assert True, side()
print(x)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise KeyError("a")
    except NotExc:
        pass
except TypeError as e:
    print("TypeError", e)
def reraise():
    try:
        raise IndexError("i")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
try:
    raise KeyError("x")
except (ValueError, KeyError) as e:
    print("tuple catch", repr(e))
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as ex:
    print("NameError", ex)
