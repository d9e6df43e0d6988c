# Cycles through closures, bound methods, generators and tracebacks, and what
# a collection reports for each.
import gc, sys

class Tracked:
    count = 0
    def __init__(self, tag):
        self.tag = tag
        Tracked.count += 1
    def __del__(self):
        Tracked.count -= 1
        print("  finalize", self.tag)

gc.disable()
gc.collect()

def closure_cycle():
    t = Tracked("closure")
    def inner():
        return t, inner
    t.fn = inner
closure_cycle()
print("closure: alive", Tracked.count, "collected", gc.collect())

class Holder:
    def __init__(self):
        self.t = Tracked("bound")
        self.cb = self.method
    def method(self):
        pass
Holder()
print("bound method: alive", Tracked.count, "collected", gc.collect())

def gen():
    t = Tracked("generator")
    me = yield 1
    yield me
g = gen()
next(g)
g.send(g)
del g
print("generator: alive", Tracked.count, "collected", gc.collect())

def fails():
    t = Tracked("traceback")
    raise ValueError("boom")
try:
    fails()
except ValueError as e:
    saved = e
print("exc held: alive", Tracked.count)
saved.self = saved
del saved
print("traceback: alive", Tracked.count, "collected", gc.collect())

def exc_in_local():
    t = Tracked("exc-local")
    try:
        raise KeyError("k")
    except KeyError as err:
        keep = err          # frame -> keep -> traceback -> frame
exc_in_local()
print("exc-local: alive", Tracked.count, "collected", gc.collect())

t = Tracked("plain")
print("refcount-ish", sys.getrefcount(t) - 1)
del t
print("after del plain", Tracked.count)
gc.enable()
