def counter(n):
    total = 0
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                total += got
    finally:
        print("counter finally, total", total)
    return total

g = counter(3)
print(g.gi_running, g.gi_frame is not None, g.gi_suspended if hasattr(g, "gi_suspended") else "-")
print(next(g), g.send(10), g.send(5))
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration value", e.value)
print(g.gi_frame, next(g, "exhausted"))
g2 = counter(5)
try:
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)
next(g2)
print(g2.throw(KeyError, "k") if False else "skip")
try:
    g2.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError", e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c), c.throw(ValueError("v1")), next(c), c.throw(ValueError("v2")))
c.close()
print(c.gi_frame)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def running():
    yield me.gi_running
me = running()
print(next(me))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
gen_exp = (x * x for x in range(4))
print(type(gen_exp).__name__, gen_exp.__name__, sum(gen_exp), sum(gen_exp))
def delegator():
    result = yield from counter(2)
    print("delegated result", result)
    yield result * 100
d = delegator()
print(next(d), d.send(7), d.send(None) if False else next(d))
print(list(d))
def early():
    return "done"
    yield
print(list(early()), next(early(), "dflt"))
