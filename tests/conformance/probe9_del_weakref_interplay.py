import gc
import weakref

log = []
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)

o = Obj("plain")
r = weakref.ref(o, lambda ref: log.append("cb plain, ref dead: %s" % (ref() is None)))
del o
print(log)
log.clear()
a = Obj("a")
b = Obj("b")
a.b = b
b.a = a
ra = weakref.ref(a, lambda ref: log.append("cb a"))
rb = weakref.ref(b, lambda ref: log.append("cb b"))
del a, b
gc.collect()
print(sorted(log), ra(), rb())
log.clear()
class Keep:
    keep = []
    def __del__(self):
        Keep.keep.append(self)
        log.append("resurrected")
k = Keep()
rk = weakref.ref(k, lambda ref: log.append("cb keep"))
del k
print(log, rk() is Keep.keep[0])
log.clear()
f = Obj("fin")
weakref.finalize(f, log.append, "finalize fin")
rf = weakref.ref(f, lambda ref: log.append("cb fin"))
del f
print(log)
log.clear()
c = Obj("cyc")
c.c = c
weakref.finalize(c, log.append, "finalize cyc")
del c
gc.collect()
print(log)
