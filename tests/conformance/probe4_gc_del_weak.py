import gc
import weakref

events = []
class Obj:
    def __init__(self, name):
        self.name = name
        self.refs = []
    def __del__(self):
        events.append("del " + self.name)
    def __repr__(self):
        return "Obj(%s)" % self.name

def cb(r):
    events.append("cb " + str(r() is None))

gc.disable()
gc.collect()
a, b, c = Obj("a"), Obj("b"), Obj("c")
a.refs.append(b)
b.refs.append(c)
c.refs.append(a)
wa = weakref.ref(a, cb)
wc = weakref.ref(c)
del a, b, c
print(events, wa() is not None)
n = gc.collect()
print(n, sorted(events), wa(), wc())
events.clear()
x = Obj("x")
wx = weakref.ref(x, cb)
x = None
print(events)
events.clear()
class Saver:
    keep = []
    def __del__(self):
        Saver.keep.append(self)
        events.append("resurrect")
s = Saver()
s.me = s
ws = weakref.ref(s)
del s
print(gc.collect() >= 2, events, len(Saver.keep), ws() is None, gc.is_finalized(Saver.keep[0]))
Saver.keep.clear()
print(gc.collect(), events)
events.clear()
holder = {}
k = Obj("key")
holder["self"] = holder
holder["obj"] = k
del k
wh = weakref.ref(holder["obj"], cb)
del holder
print(gc.collect(), events)
events.clear()
def make_chain(n):
    prev = None
    for i in range(n):
        o = Obj(str(i))
        o.refs.append(prev)
        prev = o
    return prev
head = make_chain(5)
wr = [weakref.ref(head)]
del head
print(events)
gc.enable()
print(gc.isenabled(), gc.collect(), gc.garbage)
