# Probing program (issue 13, round 3): gc.garbage with DEBUG_SAVEALL: what is saved, in which order, and __del__ objects
import gc
gc.disable()
gc.collect()
class A:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "A%d" % self.n
class D(A):
    def __del__(self):
        print("D.__del__", self.n)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
x = A(1); y = A(2); x.y = y; y.x = x
del x, y
n = gc.collect()
print(n, sorted(repr(o) for o in gc.garbage if isinstance(o, A)), sorted(type(o).__name__ for o in gc.garbage))
gc.garbage.clear()
z = D(3); z.me = z
del z
n = gc.collect()
print(n, [repr(o) for o in gc.garbage if isinstance(o, A)])
gc.garbage.clear()
l = []; l.append(l)
del l
print(gc.collect(), [type(o).__name__ for o in gc.garbage])
gc.garbage.clear()
gc.set_debug(0)
w = D(4); w.me = w
del w
print(gc.collect(), gc.garbage)
class Both:
    def __del__(self):
        print("Both del")
b1 = Both(); b2 = Both(); b1.o = b2; b2.o = b1
del b1, b2
print(gc.collect(), len(gc.garbage))
print(gc.DEBUG_SAVEALL, gc.DEBUG_LEAK if hasattr(gc, "DEBUG_LEAK") else None, gc.DEBUG_STATS if hasattr(gc, "DEBUG_STATS") else None)
gc.enable()
