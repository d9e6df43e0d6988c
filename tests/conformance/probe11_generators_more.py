# Generator protocol as used in practice: close, throw, return values, PEP 479.
def counter(n):
    i = 0
    try:
        while i < n:
            cmd = yield i
            if cmd == "reset":
                i = 0
            else:
                i += 1
    except GeneratorExit:
        print("closing at", i)
        raise
    return "done at %d" % i

g = counter(5)
print(next(g), next(g), g.send("reset"), next(g))
g.close()
print(g.gi_frame, g.gi_running)
g = counter(2)
print(list(g))
g = counter(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def delegator():
    r = yield from counter(2)
    print("inner returned", r)
    yield "tail"
print(list(delegator()))
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught in gen:", e)
c = catcher(); next(c)
c.throw(ValueError("one"))
c.throw(ValueError, ValueError("two"))
try:
    c.throw(TypeError("three"))
except TypeError as e:
    print("propagated:", e)
print(c.gi_frame)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g = (x * x for x in range(4))
print(type(g).__name__, g.__name__, next(g), list(g), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda v: v < 30, fib())))
g = counter(3)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_yieldfrom)
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
