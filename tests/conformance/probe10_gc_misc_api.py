import gc
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
for bad in [(3,), (-1,), ("x",)]:
    try:
        gc.collect(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_debug())
gc.set_debug(0)
print(type(gc.garbage).__name__, type(gc.callbacks).__name__, gc.DEBUG_SAVEALL)
print(gc.is_tracked(gc.garbage), gc.is_finalized(object()))
try:
    gc.is_tracked()
except TypeError as e:
    print("TypeError", e)
try:
    gc.get_referents(x=1)
except TypeError as e:
    print("TypeError", e)
print(gc.get_referents(), gc.get_referrers() == [])
l = [1]
print(any(o is l for o in gc.get_objects()), gc.collect(generation=0) >= 0)
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.get_objects(-1)
except ValueError as e:
    print("ValueError", e)
