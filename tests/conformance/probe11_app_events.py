# An event system holding listeners weakly: bound methods via WeakMethod,
# functions via ref, with callbacks that prune dead listeners.
import weakref
import gc

class Emitter:
    def __init__(self):
        self.listeners = {}
        self.pruned = []
    def on(self, event, fn):
        if hasattr(fn, "__self__"):
            r = weakref.WeakMethod(fn, self._dead)
        else:
            r = weakref.ref(fn, self._dead)
        self.listeners.setdefault(event, []).append(r)
    def _dead(self, r):
        for ev, lst in self.listeners.items():
            if r in lst:
                lst.remove(r)
                self.pruned.append(ev)
    def emit(self, event, *args):
        out = []
        for r in list(self.listeners.get(event, ())):
            fn = r()
            if fn is not None:
                out.append(fn(*args))
        return out

class Widget:
    def __init__(self, name):
        self.name = name
    def clicked(self, x):
        return f"{self.name} clicked at {x}"
    def __del__(self):
        print("  del", self.name)

em = Emitter()
w1, w2 = Widget("ok"), Widget("cancel")
em.on("click", w1.clicked)
em.on("click", w2.clicked)
def logger(x):
    return "log %r" % (x,)
em.on("click", logger)
em.on("key", lambda k: k.upper())   # dies at once: nothing else holds it
print("pruned after lambda:", em.pruned)
print(em.emit("click", 10))
del w2
print("pruned:", em.pruned, [len(v) for v in em.listeners.values()])
print(em.emit("click", 20))
del logger
print(em.emit("click", 30), em.pruned)
w1.self_ref = w1
del w1
print("before collect:", len(em.listeners["click"]))
print("collected", gc.collect() > 0)
print("after collect:", em.listeners, em.pruned)
m = Widget("tmp")
wm = weakref.WeakMethod(m.clicked)
print(wm() is not None, wm() == m.clicked, wm()(1))
print(type(wm).__name__, isinstance(wm, weakref.ref))
del m
print(wm())
