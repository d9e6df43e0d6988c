# gc counts with CPython's freelists, object.__hash__, __len__ as a length hint, untracking nested constants: differences found by scripts/difffuzz.py, minimised
import gc
import weakref
log = []
def show(*a):
    print(*a)
# difffuzz seed 1005
try:
    gc.collect()
    c0 = gc.get_count()[0]
    for i in range(3):
        t = 12345
    show(gc.get_count()[0] - c0)
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1021
try:
    class C1:
        def __repr__(self):
            return 'C1()'
        def __init__(self, *a):
            super().__init__()
        def __str__(self):
            return 1
    show(C1.__hash__ is None)
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1063
try:
    class C3:
        def __repr__(self):
            return 'C3()'
        __hash__ = None
        def __getitem__(self, i):
            if i > 2:
                raise IndexError(i)
            return i * 2
        def __len__(self):
            return -1
    show(list(C3()))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1366
try:
    l = [] ; l.append(l) ; del l
    show(gc.collect())
except Exception as e:
    show('E', type(e).__name__, e)
try:
    show(gc.is_tracked((False, 1e10, (2, -0.0, 0.1,),)))
except Exception as e:
    show('E', type(e).__name__, e)
