import weakref, gc
gc.disable()
log = []
class Node:
    def __init__(self, name):
        self.name = name
def make_cb(tag):
    def cb(ref):
        log.append((tag, ref() is None))
    return cb
a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next, c.next = b, c, a
refs = [weakref.ref(o, make_cb(o.name)) for o in (a, b, c)]
del a, b, c
print("before collect", log)
n = gc.collect()
print("collected", n, sorted(log))
log.clear()
x = Node("x")
r1 = weakref.ref(x, make_cb("first"))
r2 = weakref.ref(x, make_cb("second"))
r3 = weakref.ref(x, make_cb("third"))
del x
print(log)
log.clear()
y = Node("y")
rr = weakref.ref(y, make_cb("dropped ref"))
del rr
del y
print(log)
class WithDel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(("del", self.name))
w = WithDel("w")
w.self = w
rw = weakref.ref(w, make_cb("w-cb"))
del w
gc.collect()
print(log)
log.clear()
holder = Node("holder")
target = Node("t")
def cb_touching(ref):
    log.append(("cb sees holder", holder.name))
holder.r = weakref.ref(target, cb_touching)
del target
print(log)
log.clear()
p, q = Node("p"), Node("q")
p.q, q.p = q, p
p.r = weakref.ref(q, make_cb("ref inside cycle"))
del p, q
gc.collect()
print("ref in the same cycle:", log)
log.clear()
def raising_cb(ref):
    log.append("raising")
    raise ValueError("from callback")
z = Node("z")
rz = weakref.ref(z, raising_cb)
del z
print("after raising callback", log)
gc.enable()
