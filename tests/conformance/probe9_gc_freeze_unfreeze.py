import gc

gc.collect()
before = gc.get_freeze_count()
print(before >= 0)
class K:
    pass
objs = [K() for i in range(5)]
gc.freeze()
after = gc.get_freeze_count()
print(after > before)
print(gc.get_count() == (0, 0, 0))
gc.unfreeze()
print(gc.get_freeze_count())
gc.freeze()
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
try:
    gc.freeze(1)
except TypeError as e:
    print(e)
try:
    gc.get_freeze_count(0)
except TypeError as e:
    print(e)
