# gc.get_objects(generation=None) lists tracked objects
import gc
gc.disable()
gc.collect()
marker = ["marker"]
def contains(lst, obj):
    for o in lst:
        if o is obj:
            return True
    return False
print(contains(gc.get_objects(), marker), contains(gc.get_objects(generation=None), marker))
print(contains(gc.get_objects(generation=0), marker))
print(contains(gc.get_objects(generation=2), marker))
gc.collect()
print(contains(gc.get_objects(generation=0), marker), contains(gc.get_objects(2), marker))
print(contains(gc.get_objects(), 12345), contains(gc.get_objects(), "marker"))
print(type(gc.get_objects()))
