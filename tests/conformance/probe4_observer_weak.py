import gc
import weakref
class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
        self._callbacks = []
    def attach(self, obs):
        self._observers.add(obs)
    def attach_method(self, bound):
        self._callbacks.append(weakref.WeakMethod(bound))
    def notify(self, msg):
        got = sorted(o.update(msg) for o in self._observers)
        live = []
        for wm in self._callbacks:
            m = wm()
            if m is not None:
                got.append(m(msg))
                live.append(wm)
        self._callbacks = live
        return got
class Observer:
    def __init__(self, name):
        self.name = name
    def update(self, msg):
        return "%s<-%s" % (self.name, msg)
    def on(self, msg):
        return "on:" + self.name + ":" + msg
s = Subject()
a, b, c = Observer("a"), Observer("b"), Observer("c")
for o in (a, b, c):
    s.attach(o)
s.attach_method(c.on)
print(s.notify("one"))
del b
print(s.notify("two"))
del c
print(s.notify("three"), len(s._callbacks))
d = Observer("d")
d.cycle = d
s.attach(d)
del d
print(len(s._observers))
gc.collect()
print(len(s._observers), s.notify("four"))
wm = weakref.WeakMethod(a.update)
print(wm() == a.update, wm() is a.update, type(wm).__name__, wm() is not None)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
f = a.update
r = weakref.ref(f)
del f
print(r())
registry = weakref.WeakValueDictionary()
def register(obj):
    registry[obj.name] = obj
    weakref.finalize(obj, print, "finalized", obj.name)
e = Observer("e")
register(e)
register(a)
print(sorted(registry))
del e
print(sorted(registry))
