# gc.DEBUG_SAVEALL keeps unreachable objects in gc.garbage
import gc
gc.disable()
gc.collect()
print(gc.garbage, gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect())
print(len(gc.garbage), gc.garbage[0] is gc.garbage[0][0])
a = ["a"]
b = ["b", a]
a.append(b)
del a, b
print(gc.collect())
print(len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.get_debug(), gc.collect(), len(gc.garbage))
