import gc
log = []
def cb(phase, info):
    log.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.collect()
gc.callbacks.remove(cb)
for e in log:
    print(e)
class X:
    pass
def cb2(phase, info):
    if phase == "stop":
        print("stop", info["generation"], info["collected"], info["uncollectable"])
gc.callbacks.append(cb2)
a = X(); a.me = a
del a
gc.collect(0)
b = X(); c = X(); b.c = c; c.b = b
del b, c
gc.collect(2)
gc.callbacks.remove(cb2)
print(len(gc.callbacks))
