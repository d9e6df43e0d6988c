# gc counts around a call of a built-in type (range(3): no argument tuple, as CPython 3.11's vectorcall), untracking a nested constant tuple: differences found by scripts/difffuzz.py, minimised
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
# difffuzz seed 20000
try:
    gc.collect()
    gc.get_count()
    c0 = gc.get_count()[0]
    for i in range(3):
        t = 1e-5
    show(gc.get_count()[0] - c0)
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
