# Generators: return values, GeneratorExit handling, yield in finally,
# throw at different points, gi_ attributes.
def g1():
    yield 1
    return "done"
it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again", e.value, e.args)

def g2():
    try:
        yield 1
    finally:
        yield "in finally"
x = g2()
next(x)
try:
    x.close()
except RuntimeError as e:
    print("RuntimeError", e)

def g3():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        return "ret"
y = g3()
next(y)
print(y.close())
print(y.close())

def g4():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("replaced")
z = g4()
next(z)
try:
    z.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

def g5():
    while True:
        try:
            v = yield
            print("got", v)
        except KeyError as e:
            print("handled KeyError", e)
            yield "after key"
w = g5()
try:
    w.send(1)
except TypeError as e:
    print("TypeError", e)
next(w)
w.send("a")
print(w.throw(KeyError("k")))
print(next(w))
try:
    w.throw(IndexError)
except IndexError as e:
    print("IndexError", repr(e))
print(w.gi_frame is None, w.gi_running)

def fresh():
    yield 1
f = fresh()
try:
    f.throw(ValueError("before start"))
except ValueError as e:
    print("ValueError", e)
print(list(f))
f2 = fresh()
f2.close()
print(list(f2), f2.gi_frame)
print(fresh.__name__, fresh().__name__, fresh().__qualname__)
class K:
    def gen(self):
        yield self
print(K().gen().__qualname__)

def selfref():
    yield next(s)
s = selfref()
try:
    next(s)
except ValueError as e:
    print("ValueError", e)

def counter():
    n = yield 0
    while True:
        n = yield n * 2
c = counter()
print(next(c), c.send(3), c.send(10))
print(c.throw(StopIteration) if False else "skip")
def raises_stop():
    yield 1
    raise StopIteration("inner")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def gen_exc():
    yield 1
    1 / 0
g = gen_exc()
next(g)
try:
    next(g)
except ZeroDivisionError:
    print("zde then", list(g))
