# A class statement moves gen 0's count by the containers CPython 3.11
# makes for it and keeps: the bases tuple, the type, its dict (a copy of
# the namespace), its MRO tuple, the weakref its base's tp_subclasses
# dict keeps (and that dict, at a base's first subclass), the __dict__ and
# __weakref__ descriptors a class without such a base gets; the namespace,
# the (name, bases, ns) argument tuple and type_new's copy of the
# namespace go back to their free lists.  Measured with collections off,
# after two warm-up classes: each statement right after gc.collect(),
# then the five one after the other.
import gc
gc.disable()

class W1: pass
class W2(W1):
    def f(self): pass

def stmts():
    c = gc.get_count()[0]
    class A: pass
    d1 = gc.get_count()[0] - c
    yield 'class A: pass', d1, A
    c = gc.get_count()[0]
    class S:
        __slots__ = ('x', 'y')
    yield '__slots__ = ("x", "y")', gc.get_count()[0] - c, S
    c = gc.get_count()[0]
    class E:
        __slots__ = ()
    yield '__slots__ = ()', gc.get_count()[0] - c, E
    c = gc.get_count()[0]
    class C(A):
        def m(self): pass
    yield 'class C(A) with a method', gc.get_count()[0] - c, C
    c = gc.get_count()[0]
    class D(A): pass
    yield 'class D(A): pass', gc.get_count()[0] - c, D

keep = []
it = stmts()
while True:
    gc.collect()
    try:
        label, d, cls = next(it)
    except StopIteration:
        break
    keep.append(cls)
    print('after collect:', label, d)

keep2 = []
for label, d, cls in stmts():
    keep2.append(cls)
    print('in a row:', label, d)
