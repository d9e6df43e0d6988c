# generators and the collector: finally at close, cycles through a generator
import gc, weakref

def worker(tag, log):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally ' + tag)

log = []
g = worker('a', log)
next(g)
del g
print(log)
g = worker('b', log)
del g
print(log)

class Holder:
    pass
h = Holder()
h.gen = worker('cyc', log)
h.gen_ref = h
next(h.gen)
wr = weakref.ref(h)
del h
print(log, wr() is not None)
gc.collect()
print(log, wr() is None)

def selfref():
    me = yield
    yield me
s = selfref()
next(s)
s.send(s)
ws = weakref.ref(s)
del s
print(ws() is not None)
gc.collect()
print(ws() is None)

def with_local():
    big = [Holder() for _ in range(3)]
    yield len(big)
gl = with_local()
next(gl)
print(gc.is_tracked(gl), len([o for o in gc.get_referents(gl) if type(o).__name__ == 'frame']))
gl.close()
print(gl.gi_frame)
