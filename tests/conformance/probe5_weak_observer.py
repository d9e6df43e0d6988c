import gc
import weakref

class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()
        self.callbacks = []
    def attach(self, obs):
        self.observers.add(obs)
        self.callbacks.append(weakref.WeakMethod(obs.notify, self.gone))
    def gone(self, wm):
        print("method ref died", wm in self.callbacks)
        self.callbacks.remove(wm)
    def fire(self, ev):
        for ref in list(self.callbacks):
            m = ref()
            if m is not None:
                m(ev)
        return len(self.observers)

class Obs:
    def __init__(self, name):
        self.name = name
    def notify(self, ev):
        print("%s got %s" % (self.name, ev))
    def __repr__(self):
        return "Obs(%s)" % self.name
    def __del__(self):
        print("del", self.name)

s = Subject()
a, b, c = Obs("a"), Obs("b"), Obs("c")
for o in (a, b, c):
    s.attach(o)
print(s.fire("e1"))
del b
print(s.fire("e2"))
c.me = c
del c
print("before collect", len(s.callbacks))
print(gc.collect() >= 2)
print(s.fire("e3"), sorted(o.name for o in s.observers))
fin = weakref.finalize(a, print, "finalize a", "extra")
print(fin.alive, fin.atexit)
del a
print(fin.alive, len(s.callbacks), len(s.observers))
