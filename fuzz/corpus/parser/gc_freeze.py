# gc.freeze moves every tracked object to the permanent generation
import gc
gc.disable()
print(gc.get_freeze_count())
stuff = [[i] for i in range(100)]
gc.freeze()
frozen = gc.get_freeze_count()
print(frozen >= 100)
print(gc.get_count())
l = []
l.append(l)
del l
print(gc.collect())
del stuff
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
