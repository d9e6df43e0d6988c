# constant folding (identity of folded constants): differences found by scripts/difffuzz.py, minimised
import gc
import weakref
log = []
def show(*a):
    print(*a)
# difffuzz seed 1000
try:
    def cf():
        return ((1, 2), 3)
    show(cf() is cf(), cf())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1012
try:
    def cf():
        return 'ab' * 2
    show(cf() is cf(), cf())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1025
try:
    def cf():
        return 2 ** 10
    show(cf() is cf(), cf())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1030
try:
    def cf():
        return (1, (2, 'x'))
    show(cf() is cf(), cf())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1039
try:
    def cf():
        return (1, 2)
    show(cf() is cf(), cf())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1066
try:
    def cf():
        return ('a', None)
    show(cf() is cf(), cf())
except Exception as e:
    show('E', type(e).__name__, e)
