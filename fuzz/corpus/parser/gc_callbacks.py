# gc.callbacks: called with ("start"|"stop", info) around each collection
import gc
gc.disable()
gc.collect()
log = []
def cb(phase, info):
    log.append([phase, sorted(info.keys()), info["generation"], info["collected"], info["uncollectable"]])
gc.callbacks.append(cb)
l = []
l.append(l)
del l
n = gc.collect()
print(n)
for entry in log:
    print(entry)
log.clear()
gc.collect(1)
print(len(log), log[0][0], log[1][0], log[0][2])
gc.callbacks.pop()
gc.collect()
print(len(log), len(gc.callbacks))
