# Probing program (issue 13): gc.callbacks phases, info keys, an exception in a callback
import gc
log = []
def cb(phase, info):
    log.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in log:
    print(e)
def cb2(phase, info):
    if phase == "stop":
        print("stop", info["collected"], info["uncollectable"])
gc.callbacks.append(cb2)
l = []; l.append(l); del l
gc.collect()
gc.callbacks.clear()
print(len(gc.callbacks))
def bad(phase, info):
    raise ValueError("cb")
gc.callbacks.append(bad)
try:
    gc.collect()
    print("no exc")
except ValueError as e:
    print("VE", e)
gc.callbacks.clear()
