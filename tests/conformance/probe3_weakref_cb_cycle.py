# Probing program (issue 13, round 3): weakref callbacks: order, the dead ref passed in, callbacks on cycles, callback resurrection
import gc
import weakref
gc.disable()
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O%d" % self.n
log = []
def cb(tag):
    def inner(r):
        log.append((tag, r() is None, type(r).__name__))
    return inner
a = O(1)
r1 = weakref.ref(a, cb("r1"))
r2 = weakref.ref(a, cb("r2"))
r3 = weakref.ref(a)
p = weakref.proxy(a, cb("proxy"))
print(r3 is weakref.ref(a), r1 is r2, weakref.getweakrefcount(a))
del a
print(log)
log.clear()
x = O(2); y = O(3)
x.y = y; y.x = x
rx = weakref.ref(x, cb("rx"))
ry = weakref.ref(y, cb("ry"))
del x, y
print(log)
print(gc.collect(), sorted(log))
log.clear()
class Holder:
    pass
h = Holder()
h.o = O(4)
h.r = weakref.ref(h.o, cb("held"))
h.self = h
del h
print(gc.collect() > 0, log)
log.clear()
c = O(5)
def resurrect(r):
    log.append(("resurrect", r()))
rr = weakref.ref(c, resurrect)
del rr
del c
print(log)
z = O(6)
def raiser(r):
    log.append("raiser ran")
rz = weakref.ref(z, raiser)
rz2 = weakref.ref(z, lambda r: log.append("lambda ran"))
del z
print(log)
w = O(7)
rw = weakref.ref(w, cb("rw"))
print(rw.__callback__ is not None, weakref.ref(w).__callback__)
del w
print(rw.__callback__, log[-1])
gc.enable()
