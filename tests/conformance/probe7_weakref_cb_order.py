# weakref callbacks: order, the ref passed, refs that die first, getweakrefs
import weakref, gc

class T:
    pass

log = []
t = T()
r0 = weakref.ref(t)
r1 = weakref.ref(t, lambda r: log.append(('r1', r is r1, r())))
r2 = weakref.ref(t, lambda r: log.append(('r2', r is r2)))
r3 = weakref.ref(t, lambda r: log.append('r3'))
p = weakref.proxy(t, lambda r: log.append('proxy'))
print(weakref.getweakrefcount(t), len(weakref.getweakrefs(t)), weakref.getweakrefs(t)[0] is r0)
del r3
del t
print(log)
log.clear()
u = T()
refs = [weakref.ref(u, lambda r, i=i: log.append(i)) for i in range(4)]
del refs[1]
del u
print(log)
log.clear()
class Cyc:
    def __init__(self):
        self.me = self
c = Cyc()
w = weakref.ref(c, lambda r: log.append('cyc cb'))
del c
print(log, w() is not None)
gc.collect()
print(log, w() is None)
log.clear()
v = T()
w1 = weakref.ref(v)
w2 = weakref.ref(v)
print(w1 is w2, weakref.getweakrefcount(v))
def cbv(r):
    pass
wcb = weakref.ref(v, cbv)
print(wcb is w1, w1 == wcb, hash(w1) == hash(wcb))
dead = weakref.ref(T())
print(dead() is None, dead == weakref.ref(T()), dead == dead)
def cb_raise(r):
    log.append('raise cb')
x = T()
wx = weakref.ref(x, cb_raise)
y = T()
wy = weakref.ref(y, lambda r: log.append('y cb'))
x.y = y
del y
del x
print(log)
