# weakref callbacks: called with the dead ref, newest ref first
import weakref
import gc
gc.disable()
class Obj:
    pass
log = []
def make_cb(name):
    return lambda ref: log.append((name, ref() is None))
o = Obj()
r1 = weakref.ref(o, make_cb("first"))
r2 = weakref.ref(o, make_cb("second"))
r3 = weakref.ref(o, make_cb("third"))
del o
print(log)
log.clear()
got = []
p = Obj()
rp = weakref.ref(p, lambda ref: got.append(ref is rp))
del p
print(got)
a = Obj()
b = Obj()
a.b = b
b.a = a
ra = weakref.ref(a, make_cb("a"))
rb = weakref.ref(b, make_cb("b"))
del a, b
print(log)
print(gc.collect())
print(sorted(log))
q = Obj()
rq = weakref.ref(q, make_cb("unused"))
del rq
del q
print(len(log))
