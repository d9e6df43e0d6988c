# gc.get_count() around print (PENDING: CPython's print allocates
# containers in its io stack -- the first ones after a full collection
# are new objects, later ones come from the free lists -- where gclab's
# print allocates none).
import gc
gc.collect()
c0 = gc.get_count()
print(c0)
c1 = gc.get_count()
print(c1)
c2 = gc.get_count()
print(c2)
gc.collect()
print(1, 2)
print(gc.get_count())
