import gc
import weakref
order = []
class Obj:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return "Obj(%s)" % self.tag
def make_cb(tag):
    def cb(ref):
        order.append((tag, ref() is None, type(ref).__name__))
    return cb
gc.disable()
a = Obj("a")
r1 = weakref.ref(a, make_cb("r1"))
r2 = weakref.ref(a, make_cb("r2"))
r3 = weakref.ref(a)
print(r1 is not r2, r3 is weakref.ref(a), weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a
print(order)
order.clear()
x = Obj("x")
y = Obj("y")
x.peer = y
y.peer = x
rx = weakref.ref(x, make_cb("rx"))
ry = weakref.ref(y, make_cb("ry"))
del x, y
print(order)
print(gc.collect(), sorted(order))
order.clear()
class Sub(weakref.ref):
    def __init__(self, ob, cb=None, note=""):
        super().__init__(ob, cb)
        self.note = note
z = Obj("z")
sr = Sub(z, make_cb("sub"), note="hello")
print(sr.note, sr() is z, isinstance(sr, weakref.ref), type(sr).__name__)
del z
print(order)
w = Obj("w")
wr = weakref.ref(w)
print(wr == weakref.ref(w), hash(wr) == hash(w) if False else "skip", repr(wr)[:14])
del w
print(wr(), repr(wr)[:14], wr == wr)
def cb_raises(r):
    raise ValueError("from callback")
v = Obj("v")
rv = weakref.ref(v, cb_raises)
del v
print("after callback exception")
q = Obj("q")
rq = weakref.ref(q, make_cb("rq"))
del rq
del q
print(order)
holder = [Obj("h")]
rh = weakref.ref(holder[0], make_cb("rh"))
holder.append(holder)
del holder
gc.collect()
print(order[-1])
gc.enable()
