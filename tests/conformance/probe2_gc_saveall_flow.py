# Probing program (issue 13, round 2): DEBUG_SAVEALL keeps every unreachable object in gc.garbage
import gc
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
class N:
    def __init__(self, name):
        self.name = name
x = N("x"); y = N("y")
x.o = y; y.o = x
del x, y
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
names = sorted(o.name for o in gc.garbage if isinstance(o, N))
print(names)
gc.set_debug(0)
del gc.garbage[:]
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect(), len(gc.garbage))
print(gc.DEBUG_SAVEALL, gc.DEBUG_STATS, gc.DEBUG_LEAK)
