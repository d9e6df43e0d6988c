# A program's first subclass of a built-in type, as CPython 3.11 counts
# it and where its objects land: a built-in type that had no subclass at
# the end of CPython's start-up (float, TypeError...) gets its
# tp_subclasses dict now, one container more in gen 0; one that had
# (int, list, dict, Exception...) had it already, in an old generation.
# What the runtime completes late for CPython's start-up (a type's dict
# of slot wrappers) is not in generation 0 either.  And an int subclass
# has a __dict__ but no __weakref__ (CPython's int is variable-size).
import gc
import weakref

keep = []


def probe(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    objs = sorted(type(o).__name__ for o in gc.get_objects(0))
    print(label, c1 - c0, objs)


def make(base):
    def f():
        class K(base):
            pass
        keep.append(K)
    return f


for b in (object, int, list, dict, Exception, property, staticmethod, classmethod, tuple, float,
          type, ValueError, KeyError, OSError, TypeError, ZeroDivisionError, LookupError, IndexError,
          RuntimeError, RecursionError, StopIteration):
    probe(b.__name__, make(b))
    probe(b.__name__ + ' again', make(b))


class I(int):
    pass


class I2(I):
    pass


print(sorted(k for k in I.__dict__ if k.startswith('__')), I.__weakrefoffset__)
for C in (I, I2):
    try:
        weakref.ref(C(1))
        print(C.__name__, 'weakref ok')
    except TypeError as e:
        print(e)
print(hasattr(I(1), '__weakref__'), hasattr(I(1), '__dict__'))
