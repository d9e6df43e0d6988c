# weakref.getweakrefcount counts the live weak references to an object
import weakref
class Obj:
    pass
o = Obj()
print(weakref.getweakrefcount(o))
r1 = weakref.ref(o, lambda r: None)
r2 = weakref.ref(o, lambda r: None)
print(weakref.getweakrefcount(o))
del r1
print(weakref.getweakrefcount(o))
print(weakref.getweakrefcount(1), weakref.getweakrefcount([]))
del r2
print(weakref.getweakrefcount(o))
