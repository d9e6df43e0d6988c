# Probing program (issue 13, round 2): gc.freeze, get_freeze_count and unfreeze in a flow
import gc
gc.disable()
gc.collect()
print(gc.get_freeze_count())
junk = [[i] for i in range(30)]
gc.freeze()
n = gc.get_freeze_count()
print(n >= 31)
print(gc.get_count())
print(any(o is junk for o in gc.get_objects(2)))
print(any(o is junk for o in gc.get_objects()))
more = [{} for i in range(5)]
gc.freeze()
print(gc.get_freeze_count() - n >= 6)
class Cy:
    pass
a = Cy()
a.self = a
gc.freeze()
del a
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
n = gc.collect()
c = gc.get_count()
print(n, c)
gc.enable()
