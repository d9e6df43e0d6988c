# weakrefs around resurrection: refcount death vs cycle death
import gc, weakref

keep = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        keep.append(self)

p = Phoenix('rc')
w = weakref.ref(p, lambda r: print("callback rc"))
del p
print("after del:", w() is not None, len(keep))
keep.clear()
print("after clear:", w() is None)

gc.collect()
q = Phoenix('cyc')
q.me = q
wq = weakref.ref(q, lambda r: print("callback cyc"))
del q
print("collect", gc.collect())
print("after collect:", wq() is None, len(keep), keep[0].name)
survivor = keep.pop()
print(gc.is_finalized(survivor))
w2 = weakref.ref(survivor)
del survivor
print("collect", gc.collect())
print(w2() is None)
