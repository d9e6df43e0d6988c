# collecting a young generation does not reach objects promoted to an older one
import gc
gc.disable()
gc.collect()
old = []
old.append(old)
gc.collect(0)
gc.collect(1)
print("promoted")
del old
print(gc.collect(0))
print(gc.collect(2))
young = []
young.append(young)
del young
print(gc.collect(0))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
