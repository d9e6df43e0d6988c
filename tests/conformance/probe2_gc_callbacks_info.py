# Probing program (issue 13, round 2): gc.callbacks phases, info keys and counts
import gc
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))
def cb2(phase, info):
    log.append(("cb2", phase, sorted(info)))
gc.callbacks.append(cb)
gc.callbacks.append(cb2)
class A:
    pass
a = A(); b = A()
a.b = b; b.a = a
del a, b
n = gc.collect()
print(n)
for e in list(log):
    print(e)
log.clear()
gc.collect(0)
print(log)
log.clear()
gc.callbacks.remove(cb2)
gc.collect(1)
print(log)
log.clear()
def bad(phase, info):
    log.append(("bad", phase))
    raise ValueError("boom")
gc.callbacks.insert(0, bad)
print(gc.collect())
print(log)
gc.callbacks.clear()
log.clear()
print(gc.collect(), log, gc.callbacks)
