# get_threshold/set_threshold sequences and automatic collection counts.
import gc

print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(50, 4, 3)
print(gc.get_threshold())
for bad in [(), (1, 2, 3, 4), ("a",), (1.5,)]:
    try:
        gc.set_threshold(*bad)
        print(bad, "accepted", gc.get_threshold())
    except TypeError as e:
        print(bad, "TypeError:", e)
gc.set_threshold(-1)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
gc.collect()
starts = []
def cb(phase, info):
    if phase == "start":
        starts.append(info["generation"])
gc.callbacks.append(cb)
gc.set_threshold(10, 2, 2)
keep = []
for i in range(100):
    keep.append([i])
gc.callbacks.remove(cb)
print("automatic collections:", len(starts), starts)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
