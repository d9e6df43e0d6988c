# A class whose metaclass is a class is a GC container in a cycle (its
# MRO holds it) and dies at a collection, as in CPython; its metaclass too.
import gc
import weakref


class GMeta(type):
    def method(cls):
        return cls.__name__


def make(n):
    class Local(metaclass=GMeta):
        pass
    Local.me = Local
    Local.n = n
    return weakref.ref(Local)


def make_meta():
    class LocalMeta(type):
        pass

    class Inst(metaclass=LocalMeta):
        pass
    Inst.me = Inst
    return weakref.ref(LocalMeta), weakref.ref(Inst)


gc.collect()
refs = [make(i) for i in range(3)]
keep = GMeta('Keep', (), {})
print(gc.is_tracked(GMeta), gc.is_tracked(keep), type(keep).__name__)
gc.collect()
print([r() for r in refs])
wm, wi = make_meta()
gc.collect()
print(wm(), wi())
print(GMeta.method(GMeta('X', (), {})))
