# Generators are GC containers: a generator in a reference cycle is
# collected, and collection closes it (its finally blocks run), PEP 442.
import gc

def worker(name, log):
    try:
        while True:
            item = yield
            log.append((name, item))
    finally:
        print("closing", name)

class Holder:
    pass

gc.collect()
g = worker("cyc", [])
next(g)
print("tracked:", gc.is_tracked(g))
h = Holder()
h.gen = g
g.send(h)                  # the generator's frame now refers to h (via log)
log_owner = Holder()
def selfish():
    me = yield
    try:
        yield me
    finally:
        print("selfish finally")
s = selfish()
next(s)
s.send(s)                  # a generator whose frame holds itself
del s
del g, h
gc.collect()
print("after first collect")

# a generator closure cycle: the generator refers to a function whose
# closure cell refers back to the generator
def make():
    def step():
        return next(it)
    def gen():
        try:
            yield step
            yield 2
        finally:
            print("gen-closure finally")
    it = gen()
    return it
it = make()
f = next(it)
del it, f
gc.collect()
print("after second collect")

