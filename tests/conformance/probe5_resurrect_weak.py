import gc
import weakref

saved = []
events = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append("del " + self.name)
        if self.name.startswith("keep"):
            saved.append(self)
    def __repr__(self):
        return "Phoenix(%s)" % self.name

p = Phoenix("keep1")
w = weakref.ref(p, lambda r: events.append("weak cb"))
del p
print(events, w() is None, saved)
events.clear()
q = saved.pop()
print(q, events)
del q
print(events)
events.clear()
c = Phoenix("keep-cycle")
c.me = c
wc = weakref.ref(c, lambda r: events.append("cycle weak cb"))
del c
gc.collect()
print(events, wc() is None, len(saved), saved[0].name if saved else None)
print(gc.is_finalized(saved[0]) if saved else None)
events.clear()
saved.clear()
print(events)
gc.collect()
print(events)
d = Phoenix("gone")
d.me = d
wd = weakref.ref(d, lambda r: events.append("gone cb"))
del d
gc.collect()
print(events, wd())
events.clear()
x = Phoenix("x")
fin = weakref.finalize(x, events.append, "finalizer x")
x.me = x
del x
print(fin.alive)
gc.collect()
print(events, fin.alive)
