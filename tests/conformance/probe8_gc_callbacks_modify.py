# gc.callbacks edited from inside a callback; a callback that raises; the
# phases and the generation passed to each callback.
import gc
gc.disable()
events = []
def first(phase, info):
    events.append(("first", phase, info["generation"]))
    if phase == "stop" and second not in gc.callbacks:
        gc.callbacks.append(second)
def second(phase, info):
    events.append(("second", phase, info["generation"], sorted(info)))
gc.callbacks.append(first)
gc.collect()
print(events)
events.clear()
gc.collect(1)
print(events)
events.clear()
gc.callbacks.remove(first)
gc.collect(0)
print(events)
events.clear()
gc.callbacks.clear()
def bad(phase, info):
    events.append(phase)
    raise ValueError("callback failure")
gc.callbacks.append(bad)
class Cyc:
    pass
c = Cyc()
c.me = c
del c
print("collect with a raising callback:", gc.collect())
print(events)
gc.callbacks.clear()
events.clear()
def counting(phase, info):
    if phase == "stop":
        events.append((info["collected"], info["uncollectable"]))
gc.callbacks.append(counting)
for i in range(3):
    a = Cyc()
    a.me = a
del a
print(gc.collect(), events)
gc.callbacks.clear()
print(gc.callbacks)
gc.enable()
