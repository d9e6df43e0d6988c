# Probing program (issue 13, round 2): cycles through bound methods stored on the instance
import gc, weakref
class Button:
    def __init__(self, name):
        self.name = name
        self.handler = self.on_click
        self.handlers = [self.on_click, self.on_other]
    def on_click(self):
        return "click " + self.name
    def on_other(self):
        return "other"
gc.collect()
b = Button("ok")
print(b.handler())
print(b.handler.__self__ is b, b.handler.__func__ is Button.on_click)
print(b.on_click == b.on_click, b.on_click is b.on_click)
w = weakref.ref(b)
del b
print(w() is not None)
print(gc.collect())
print(w())
class Plain:
    def m(self):
        return 1
p = Plain()
wm = weakref.ref(p.m)
print(wm())
m = p.m
wm2 = weakref.ref(m)
print(wm2() is m)
del m
print(wm2())
bm = Button("x").on_click
print(bm())
print(type(bm).__name__, bm.__name__, bm.__qualname__)
del bm
print(gc.collect())
class Observer:
    def __init__(self):
        self.callbacks = {}
    def register(self, key, fn):
        self.callbacks[key] = fn
o = Observer()
o.register("self", o.register)
del o
print(gc.collect())
