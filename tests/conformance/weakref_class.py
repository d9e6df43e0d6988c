# weakref.ref to classes (type objects support weak references, as in
# CPython): a registry keyed weakly by class, and the class dying.
import weakref
import gc

class Plugin:
    def run(self):
        return "ran"

class Other(Plugin):
    pass

w = weakref.ref(Plugin)
print(w() is Plugin, weakref.getweakrefcount(Plugin))
registry = weakref.WeakKeyDictionary()
registry[Plugin] = "base"
registry[Other] = "derived"
print(len(registry), registry[Other], Other().run())
print(weakref.ref(int)() is int)
log = []
wo = weakref.ref(Other, lambda r: log.append("Other gone"))
del Other
gc.collect()
print(wo() is None, log, len(registry), sorted([k.__name__ for k in registry.keys()]))
del Plugin
gc.collect()
print(w() is None, len(registry))
