# object.__hash__ as an attribute, __len__ as a length hint: differences
# found by scripts/difffuzz.py, minimised
import gc
import weakref
log = []
def show(*a):
    print(*a)
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
# difffuzz seed 20007
try:
    class C1:
        def __repr__(self):
            return 'C1()'
        def __len__(self):
            return 2
        def __bool__(self):
            return 1
    show(C1.__hash__ is None)
except Exception as e:
    show('E', type(e).__name__, e)
