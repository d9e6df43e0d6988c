import gc

class Marker:
    pass

gc.collect()
m = Marker()
print(any(o is m for o in gc.get_objects(0)))
print(any(o is m for o in gc.get_objects(2)))
gc.collect(0)
print(any(o is m for o in gc.get_objects(1)))
gc.collect()
print(any(o is m for o in gc.get_objects(2)))
print(any(o is m for o in gc.get_objects()))
for bad in (3, -1):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print(e)
try:
    gc.get_objects("0")
except TypeError as e:
    print(e)
print(any(o is m for o in gc.get_objects(generation=None)))
print(all(gc.is_tracked(o) for o in gc.get_objects(2)[:50]))
