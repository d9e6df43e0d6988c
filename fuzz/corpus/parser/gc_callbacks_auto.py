# gc.callbacks also run for automatic (threshold-triggered) collections
import gc
gc.collect()
seen = []
def cb(phase, info):
    if phase == "stop":
        seen.append(info["generation"])
gc.callbacks.append(cb)
gc.set_threshold(50)
keep = []
for i in range(1000):
    keep.append([i])
gc.set_threshold(700, 10, 10)
gc.callbacks.pop()
print(len(seen) > 0, 0 in seen)
total = 0
for g in seen:
    total = total + g
print(total >= 0, len(keep))
