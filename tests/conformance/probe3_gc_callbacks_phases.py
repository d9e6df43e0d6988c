# Probing program (issue 13, round 3): gc.callbacks phases across generations, mutation during callbacks
import gc
gc.disable()
log = []
def cb(phase, info):
    log.append((phase, info["generation"], type(info).__name__, len(info)))
gc.callbacks.append(cb)
for gen in (0, 1, 2):
    gc.collect(gen)
print(log)
log.clear()
def adder(phase, info):
    log.append(("adder", phase))
    if phase == "stop" and late not in gc.callbacks:
        gc.callbacks.append(late)
def late(phase, info):
    log.append(("late", phase))
gc.callbacks.append(adder)
gc.collect()
print(log)
log.clear()
gc.collect()
print(log)
log.clear()
gc.callbacks[:] = []
gc.collect()
print(log, gc.callbacks, type(gc.callbacks).__name__)
seen = []
def counting(phase, info):
    if phase == "stop":
        seen.append(info["collected"])
gc.callbacks.append(counting)
class N:
    pass
for k in range(3):
    a = N(); b = N(); a.o = b; b.o = a
    del a, b
    gc.collect()
print(seen)
gc.callbacks.remove(counting)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError", e)
print(gc.collect(generation=2) >= 0)
gc.enable()
