# freeze/unfreeze/get_freeze_count with the counts around them.
import gc

gc.disable()
gc.collect()
base = gc.get_freeze_count()
print("start counts", gc.get_count())
junk = [[i] for i in range(30)]
print("after 31 lists", gc.get_count())
gc.freeze()
fc = gc.get_freeze_count()
print("frozen > base:", fc > base, "counts", gc.get_count())
more = [{} for _ in range(3)]
more2 = [{"a": []} for _ in range(3)]
print("after more", gc.get_count())
print("collect", gc.collect(), gc.get_count())
gc.unfreeze()
print("unfrozen", gc.get_freeze_count(), gc.get_count())
gc.freeze()
gc.freeze()
print("twice same:", gc.get_freeze_count() >= fc)
gc.unfreeze()
print(gc.get_freeze_count())
del junk
print(gc.collect())
gc.enable()
