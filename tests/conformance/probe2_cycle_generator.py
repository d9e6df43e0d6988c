# Probing program (issue 13, round 2): generators in cycles, finally blocks run at close or collection
import gc, weakref
log = []
def worker(name):
    try:
        log.append("start " + name)
        yield 1
        yield 2
    finally:
        log.append("finally " + name)
g = worker("a")
print(next(g))
del g
print(log)
log.clear()
g = worker("b")
next(g)
class Holder:
    pass
h = Holder()
h.gen = worker("c")
h.gen.__next__()
h.self = h
del h
print(log)
print(gc.collect() > 0)
print(log)
log.clear()
def selfref():
    me = yield "first"
    yield me is None
s = selfref()
print(next(s))
print(s.send(None))
s.close()
print(s.gi_frame)
def counter():
    n = 0
    while True:
        n += 1
        got = yield n
        if got:
            n = got
c = counter()
print(next(c), next(c), c.send(10), next(c))
c.close()
try:
    next(c)
except StopIteration:
    print("stopped")
g2 = worker("d")
print(list(g2))
print(log)
print(gc.is_tracked(worker("e")))
print(log)
