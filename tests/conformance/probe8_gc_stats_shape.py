# Shapes of what the gc module returns, not its counts.
import gc
st = gc.get_stats()
print(type(st).__name__, len(st), [sorted(d) for d in st])
print(all(type(v) is int for d in st for v in d.values()))
print(type(gc.get_count()).__name__, len(gc.get_count()), type(gc.get_threshold()).__name__)
print(gc.isenabled(), gc.get_debug(), gc.DEBUG_LEAK == gc.DEBUG_SAVEALL | gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_STATS if False else "skip")
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(type(gc.garbage).__name__, gc.garbage, type(gc.callbacks).__name__, gc.callbacks)
for bad in (3, -1, 1.0, "0"):
    try:
        gc.collect(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (3, -1):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError", e)
print(gc.get_objects(generation=None) is not None)
try:
    gc.get_objects(generation="0")
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_debug()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_debug("x")
except TypeError as e:
    print("TypeError", e)
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_finalized(1))
try:
    gc.is_tracked()
except TypeError as e:
    print("TypeError", e)
print(gc.get_referents(), gc.get_referrers() == [], gc.get_referents(1, "s"), gc.get_referents([5], (6,)))
print(gc.collect(generation=0) >= 0, gc.collect(2) >= 0)
print(gc.get_freeze_count() >= 0, type(gc.get_freeze_count()).__name__)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(sorted(n for n in dir(gc) if not n.startswith("_")))
