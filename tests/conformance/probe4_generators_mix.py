def numbers(limit):
    print("start")
    try:
        for i in range(limit):
            got = yield i
            if got is not None:
                print("got", got)
        return "done"
    finally:
        print("cleanup")

g = numbers(4)
print(next(g), g.send("hi"), next(g))
print(g.gi_running, g.gi_frame is not None)
g.close()
print(g.gi_frame)
try:
    next(g)
except StopIteration as e:
    print("stopped", e.value)
def wrapper():
    r = yield from numbers(2)
    print("inner returned", r)
    yield r * 2
print(list(wrapper()))
def evens():
    n = 0
    while True:
        yield n
        n += 2
def take(it, k):
    return [v for _, v in zip(range(k), it)]
print(take(evens(), 5))
pipeline = (x * x for x in evens() if x % 3 == 0)
print(take(pipeline, 4))
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    yield "after"
t = thrower()
print(next(t), t.throw(ValueError("bad")), next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)
print(f.send(None), list(f))
ge = (c.upper() for c in "abc")
print(type(ge).__name__, ge.__name__, next(ge), list(ge), list(ge))
def gen_ret():
    return 7
    yield
try:
    next(gen_ret())
except StopIteration as e:
    print("value", e.value, e.args)
def deleg():
    x = yield from [1, 2]
    print("x", x)
    y = yield from iter(())
    print("y", y)
print(list(deleg()))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
c.close()
c.close()
print(c.gi_frame, list(c))
