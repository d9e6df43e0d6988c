# gc.get_count() around print, as CPython 3.11's: its first call makes the
# argument parser's keyword tuple, a call with arguments packs them in a
# tuple (new after a full collection, which empties the free lists; from
# the free list later), and the first container repr makes the thread
# state's dict and its repr list.
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
gc.collect()
print()
print(gc.get_count())
gc.collect()
print("a", "b", sep="-", end="!\n")
print(gc.get_count())
gc.collect()
t = tuple([1, 2, 3])
del t
print(1, 2, 3)
print(gc.get_count())
