# Probing program (issue 13, round 2): several weakrefs with callbacks, their order and the ref passed
import weakref, gc
class T:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "T(%s)" % self.name
log = []
def mk(tag):
    def cb(r):
        log.append((tag, r() is None, type(r).__name__))
    return cb
t = T("a")
r1 = weakref.ref(t, mk(1))
r2 = weakref.ref(t, mk(2))
r3 = weakref.ref(t)
r4 = weakref.ref(t)
print(r3 is r4, r1 is r2, r1 == r2, r1 == r3)
print(weakref.getweakrefcount(t))
print(len(weakref.getweakrefs(t)))
del t
print(log)
print(r1(), r3(), r1 == r2)
log.clear()
a = T("x"); b = T("y")
a.other = b; b.other = a
ra = weakref.ref(a, mk("a"))
rb = weakref.ref(b, mk("b"))
del a, b
print(gc.collect() >= 2)
print(sorted(log))
log.clear()
u = T("u")
def cb_keep(r):
    log.append("keep")
rr = weakref.ref(u, cb_keep)
del rr
del u
print(log)
v = T("v")
rv = weakref.ref(v, mk("v"))
print(rv.__callback__ is not None, weakref.ref(v).__callback__)
del v
print(log, rv.__callback__)
