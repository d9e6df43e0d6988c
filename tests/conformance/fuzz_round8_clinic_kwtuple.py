# difffuzz round 8 (seed 8300066 and others): the Argument Clinic keyword
# tuple of module functions and itertools types -- math.prod(start=),
# math.isclose(rel_tol=), itertools.groupby(key=), accumulate(initial=)
# -- one container in gen 0's count at the first keyword call only.
import gc
import itertools
import math


def delta(label, f):
    gc.collect()
    gc.get_count()
    c0 = gc.get_count()[0]
    r = f()
    c1 = gc.get_count()[0]
    r = f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1, r is not None)


delta('prod', lambda: math.prod([2, 3], start=1))
delta('isclose', lambda: math.isclose(1.0, 1.0, rel_tol=0.1))
delta('groupby', lambda: itertools.groupby('aab', key=None))
delta('accumulate', lambda: itertools.accumulate([1, 2], initial=0))
delta('prod positional', lambda: math.prod([2, 3]))
