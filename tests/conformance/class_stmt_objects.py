# What a class statement leaves in generation 0, in CPython 3.11's order
# (gc.get_objects(0) lists the containers tracked since the last
# collection, oldest first): the bases tuple, the type, its MRO tuple, its
# descriptors and dict (tracked once a descriptor is stored), the weakref
# its bases' tp_subclasses keep and, at a class's first subclass, that
# tp_subclasses dict {id(subclass): weakref}.
import gc
import weakref
gc.disable()

def show(o, cls):
    if isinstance(o, tuple):
        return 'tuple ' + ' '.join(c.__name__ if isinstance(c, type) else repr(c) for c in o)
    if isinstance(o, type):
        return 'type ' + o.__name__
    if isinstance(o, weakref.ref):
        return 'weakref to ' + o().__name__
    if isinstance(o, dict):
        if list(o) == [id(cls)]:
            return 'tp_subclasses dict {id(%s): %s}' % (cls.__name__, show(o[id(cls)], cls))
        return 'dict ' + ' '.join(sorted(o))
    if type(o).__name__ in ('getset_descriptor', 'member_descriptor'):
        return type(o).__name__
    return type(o).__name__

out = []   # printed at the end: a print would add stdout's pending list

def objects(label, cls):
    objs = gc.get_objects(0)
    out.append(label)
    for o in objs:
        out.append('    ' + show(o, cls))

class W1: pass
class W2(W1):
    def f(self): pass

gc.collect()
class A: pass
objects('class A: pass', A)

gc.collect()
class B(A): pass
objects('class B(A): pass (A\'s first subclass)', B)

gc.collect()
class C(A): pass
objects('class C(A): pass', C)

gc.collect()
class M(B, C): pass
objects('class M(B, C): pass', M)

print('\n'.join(out))
print(len(A.__subclasses__()), len(B.__subclasses__()), len(C.__subclasses__()))
del M
gc.collect()
print(len(B.__subclasses__()), len(C.__subclasses__()))
gc.collect()
print(gc.get_referrers(weakref.ref(C)) == [gc.get_referrers(weakref.ref(C))[0]])
