# Probing program (issue 13, round 2): generator send/throw/close, return values, yield from, states
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally")
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
def ret():
    yield 1
    return "result"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value", e.value)
def outer():
    v = yield from ret()
    print("inner returned", v)
    yield "done"
print(list(outer()))
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
print(c.throw(ValueError("v1")))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(c, "exhausted"))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError", e)
print(f.gi_running, f.__name__, f.__qualname__)
gexp = (i * i for i in range(4))
print(next(gexp), list(gexp), list(gexp))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def deleg():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
print(list(deleg()))
