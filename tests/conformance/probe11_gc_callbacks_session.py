# A GC researcher logs every collection through gc.callbacks.
import gc

log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"], sorted(info)))

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

def make_cycles(n):
    for i in range(n):
        a, b = Node("a%d" % i), Node("b%d" % i)
        a.other, b.other = b, a

gc.disable()
gc.collect()
gc.callbacks.append(cb)
make_cycles(5)
n = gc.collect()
print("collect() ->", n)
for entry in log:
    print(entry)
log.clear()
make_cycles(3)
print("gen0:", gc.collect(0), "gen1:", gc.collect(1), "gen2:", gc.collect(2))
for entry in log:
    print(entry[:4])
log.clear()

def bad_cb(phase, info):
    if phase == "start":
        raise RuntimeError("callback failed")
gc.callbacks.insert(0, bad_cb)
try:
    print("with bad cb:", gc.collect())
except RuntimeError as e:
    print("RuntimeError", e)
print("log len", len(log), [e[0] for e in log])
gc.callbacks.remove(bad_cb)
gc.callbacks.remove(cb)
print(gc.callbacks)
for g in (-1, 3):
    try:
        gc.collect(g)
    except ValueError as e:
        print("ValueError:", e)
gc.enable()
print(gc.isenabled())
