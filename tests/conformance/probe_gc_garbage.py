# Probing program (issue 13): gc.garbage with __del__ cycles and DEBUG_SAVEALL, the DEBUG_ constants
import gc
print(gc.garbage, type(gc.garbage).__name__)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D(1); b = D(2); a.o = b; b.o = a
del a, b
print(gc.collect())
print(gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
l = [1]; l.append(l); del l
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
print(gc.DEBUG_SAVEALL, gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_LEAK)
