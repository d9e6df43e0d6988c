# Probing program (issue 13, round 3): generator close/throw/return semantics
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally")
it = g1()
print(next(it))
print(it.close(), it.close())
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
def g2():
    try:
        yield 1
    except GeneratorExit:
        print("caught exit")
        yield 99
it = g2()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
def g3():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
it = g3(); next(it); print(it.close())
def g4():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("g4 caught", e)
        yield 3
    return 4
it = g4()
print(next(it), it.send("s"), it.throw(ValueError("v")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value, e.args)
it = g4()
try:
    it.throw(KeyError("early"))
except KeyError as e:
    print("early throw propagates", e)
try:
    next(it)
except StopIteration:
    print("dead after throw")
try:
    g4().send(5)
except TypeError as e:
    print("TypeError", e)
it = g4()
it.close()
try:
    it.throw(ValueError("after close"))
except ValueError as e:
    print("after close:", e)
def g5():
    yield from range(2)
    return "r5"
def outer():
    r = yield from g5()
    print("outer got", r)
    yield "end"
print(list(outer()))
def g6():
    try:
        yield
    finally:
        return "fin-return"
it = g6(); next(it)
try:
    it.throw(KeyError("k"))
except StopIteration as e:
    print("swallowed by finally return:", e.value)
def running():
    yield it2.send(None)
it2 = running()
try:
    next(it2)
except ValueError as e:
    print("ValueError", e)
print(it2.gi_running, g1().gi_running)
