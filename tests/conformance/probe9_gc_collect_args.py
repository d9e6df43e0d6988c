import gc

print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(2) >= 0, gc.collect(generation=2) >= 0)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(e)
for bad in ("0", 1.5, None):
    try:
        gc.collect(bad)
    except TypeError as e:
        print(e)
try:
    gc.collect(0, 1)
except TypeError as e:
    print(e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
gc.enable()
print(gc.isenabled())
try:
    gc.set_debug("x")
except TypeError as e:
    print(e)
try:
    gc.set_debug()
except TypeError as e:
    print(e)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
try:
    gc.is_tracked()
except TypeError as e:
    print(e)
try:
    gc.get_referents(x=1)
except TypeError as e:
    print(e)
print(type(gc.garbage).__name__, type(gc.callbacks).__name__, gc.garbage is gc.garbage)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
