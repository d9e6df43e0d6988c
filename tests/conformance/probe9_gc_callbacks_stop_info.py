import gc

events = []
def cb(phase, info):
    events.append((phase, sorted(info.keys()), info["generation"]))

gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.collect(0)
gc.callbacks.remove(cb)
for e in events:
    print(e)
def cb2(phase, info):
    if phase == "stop":
        gc.callbacks.append(cb3)
def cb3(phase, info):
    events.append(("cb3", phase))
events.clear()
gc.callbacks.append(cb2)
gc.collect()
print(events, len(gc.callbacks))
gc.callbacks.clear()
def bad(phase, info):
    raise ValueError("boom")
gc.callbacks.append(bad)
try:
    gc.collect()
except ValueError as e:
    print("raised", e)
gc.callbacks.clear()
print(gc.collect() >= 0)
