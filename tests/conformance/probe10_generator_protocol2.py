def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("fin")
it = g()
print(it.send(None))
print(it.send(5))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
it2 = g()
try:
    it2.send(3)
except TypeError as e:
    print("TypeError", e)
it3 = g()
next(it3)
it3.close()
print(it3.gi_frame is None)
it3.close()
try:
    next(it3)
except StopIteration:
    print("stopped")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)
def ret():
    yield 1
    return "done"
r = ret()
print(list(r))
r2 = ret()
next(r2)
try:
    next(r2)
except StopIteration as e:
    print(repr(e.value), e.args)
def raiser():
    yield 1
    raise StopIteration("x")
try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
it4 = g()
try:
    it4.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError", e)
print(it4.gi_running, it4.gi_frame)
