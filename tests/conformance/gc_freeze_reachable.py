# gc.freeze(): what was reachable survives collections while frozen, even
# once dropped (a cycle); an object stored into a frozen container later
# survives too; garbage made after the freeze is collected; unfreeze()
# gives the frozen objects back to the collector and to gc.get_objects().
import gc
import weakref

class Node:
    pass

def listed(x):
    for o in gc.get_objects():
        if o is x:
            return True
    return False

def cycle():
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    return a

gc.disable()
gc.collect()
base = gc.get_freeze_count()
kept = cycle()
holder = [kept]
table = {}
late = []
ref_kept = weakref.ref(kept)
gc.freeze()
print(gc.get_freeze_count() - base >= 4)
print(listed(holder))
print(gc.is_tracked(holder))

# dropped while frozen: survives collections
del kept
holder.clear()
holder.append(holder)
del holder
gc.collect()
print(ref_kept() is not None)

# young objects given to a frozen container survive
table["young"] = Node()
ref_young = weakref.ref(table["young"])
gc.collect()
print(ref_young() is not None)
del table["young"]
gc.collect()
print(ref_young())

# garbage made after the freeze is collected
g = cycle()
ref_g = weakref.ref(g)
del g
gc.collect()
print(ref_g())

gc.unfreeze()
print(gc.get_freeze_count())
print(listed(late))
gc.collect()
print(ref_kept())
