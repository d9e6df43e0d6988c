# a class is in reference cycles (its __mro__ holds it, its __dict__'s
# descriptors and methods refer back): it dies at a collection, not at del
import gc
import weakref
gc.collect()
class A:
    def m(self):
        pass
r = weakref.ref(A)
del A
print(r() is None)
print(gc.collect())
print(r() is None)
def f():
    class B:
        pass
    return weakref.ref(B)
r = f()
print(r() is None, gc.collect(), r() is None)
