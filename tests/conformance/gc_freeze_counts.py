# gc.freeze() empties every generation's count, not only generation 0's
import gc
gc.disable()
gc.collect()
gc.collect(1)
gc.collect(0)
keep = [[] for i in range(5)]
c = gc.get_count()
print(c[0] > 0, c[1], c[2])
gc.freeze()
c = gc.get_count()
print(c)
gc.collect(0)
print(gc.get_count()[1:])
gc.unfreeze()
gc.collect()
print(gc.get_count())
