# send/throw/close and their errors, as CPython 3.11.
def g():
    try:
        v = yield 1
        print("got", v)
        yield 2
    except KeyError as e:
        print("caught KeyError", e)
        yield "recovered"
    finally:
        print("cleanup")

x = g()
try:
    x.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(x))
print(x.throw(KeyError("k")))
try:
    next(x)
except StopIteration:
    print("stopped")

x = g()
next(x)
try:
    x.throw(ValueError)
except ValueError as e:
    print("propagated ValueError", repr(e))
print(x.gi_running, x.gi_suspended)
try:
    next(x)
except StopIteration:
    print("dead after throw")

x = g()
next(x)
try:
    x.throw(ValueError, "msg")
except ValueError as e:
    print("with value:", e)
try:
    x.throw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    x.throw(ValueError("a"), "b")
except TypeError as e:
    print("TypeError:", e)

# close
x = g()
print(x.close())
x = g()
next(x)
print(x.close())
print(x.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 5
c = returns_on_close()
next(c)
print(c.close())

# running generator
def selfref():
    yield me.send(None)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# PEP 479
def leaky():
    yield 1
    raise StopIteration("oops")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def inner_next():
    it = iter([])
    yield next(it)
try:
    for _ in inner_next():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# throw into a just-started generator
def fresh():
    print("never runs")
    yield 1
f = fresh()
try:
    f.throw(IndexError("early"))
except IndexError as e:
    print("IndexError:", e)
print(next(f, "exhausted"))

# exception state inside generators
def handler_yield():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        raise
h = handler_yield()
next(h)
try:
    next(h)
except KeyError as e:
    print("re-raised after resume:", repr(e))
