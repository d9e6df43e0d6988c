# gc.callbacks: phases, generations and the info dict of each collection
import gc

log = []
def cb(phase, info):
    log.append((phase, info['generation'], info['collected'], info['uncollectable'], sorted(info)))

gc.collect()
gc.callbacks.append(cb)
for gen in (0, 1, 2):
    gc.collect(gen)
gc.callbacks.remove(cb)
for entry in log[:6]:
    print(entry)
log.clear()
gc.callbacks.append(cb)

class Node:
    def __init__(self):
        self.other = None
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
n = gc.collect()
gc.callbacks.remove(cb)
print("returned", n)
print([e[:4] for e in log[:2]])
log.clear()

def cb2(phase, info):
    log.append(("cb2", phase))
gc.callbacks.append(cb)
gc.callbacks.append(cb2)
gc.collect(1)
gc.callbacks.remove(cb2)
gc.callbacks.remove(cb)
print(log[:4])
log.clear()
gc.callbacks.append(cb2)
gc.collect()
gc.callbacks.remove(cb2)
print(log[:2])
gc.callbacks.clear()
print(len(gc.callbacks))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError", e)
