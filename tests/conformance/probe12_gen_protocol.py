def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("averager caught", e)
            continue
        except GeneratorExit:
            print("averager closing")
            raise
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
print(next(a), a.send(10), a.send(20), a.throw(ValueError("bad")), a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value, e.args)
def delegator():
    r = yield from averager()
    print("delegator got", r)
    yield r
d = delegator()
next(d)
d.send(1); d.send(2)
print(d.send(None))
d2 = delegator()
next(d2)
d2.close()
print(d2.gi_frame, d2.gi_running)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin cleanup")
g = fin()
print(next(g))
g.close()
print(list(fin()))
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = -1
        i += 1
c = counter(3)
print([next(c), next(c), c.send("reset"), next(c), next(c)])
try:
    next(c)
except StopIteration:
    print("exhausted")
def bad():
    yield 1
    raise KeyError("k")
try:
    list(bad())
except KeyError as e:
    print("KeyError", e)
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
gen = (x * x for x in range(4))
print(type(gen).__name__, gen.__name__, sum(gen), sum(gen))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def selfref():
    yield next(g3)
g3 = selfref()
try:
    next(g3)
except ValueError as e:
    print("ValueError", e)
def ret():
    return 5
    yield
print(list(ret()), next(iter([1])), [*range(3), *"ab"])
it = iter(range(10))
print(list(zip(it, it)), list(it))
g4 = fin()
next(g4)
try:
    g4.throw(TypeError, TypeError("thrown"))
except TypeError as e:
    print("propagated", e)
