# objects move through generations: get_objects(generation) after collect(n)
import gc

class Marker:
    pass

def count(gen):
    return sum(1 for o in gc.get_objects(gen) if type(o) is Marker)

gc.collect()
gc.disable()
ms = [Marker() for _ in range(5)]
print([count(g) for g in range(3)])
gc.collect(0)
print([count(g) for g in range(3)])
more = [Marker() for _ in range(2)]
print([count(g) for g in range(3)])
gc.collect(1)
print([count(g) for g in range(3)])
gc.collect(0)
print([count(g) for g in range(3)])
gc.collect()
print([count(g) for g in range(3)], gc.get_count())
del ms[:3]
print([count(g) for g in range(3)])
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.get_objects(-1)
except ValueError as e:
    print("ValueError", e)
print(count(None), sum(1 for o in gc.get_objects() if type(o) is Marker))
gc.freeze()
print(gc.get_freeze_count() > 0, [count(g) for g in range(3)], gc.get_count())
gc.unfreeze()
print(gc.get_freeze_count(), [count(g) for g in range(3)])
gc.enable()
