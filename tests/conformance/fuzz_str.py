# str methods (title, center, zfill, non-ASCII upper): differences found by scripts/difffuzz.py, minimised
import gc
import weakref
log = []
def show(*a):
    print(*a)
# difffuzz seed 1020
try:
    show('é'.upper())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1044
try:
    show('a,b,c'.title())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1092
try:
    show('Hello'.zfill(5))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1210
try:
    show('abc'.title())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1258
try:
    show('A1'.center(7))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1333
try:
    show('é'.zfill(5))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1336
try:
    show('é'.center(7))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1410
try:
    show('ab'.center(7))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1445
try:
    show('xx yy'.center(7))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1500
try:
    show('a'.title())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1568
try:
    show('abc'.zfill(5))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1573
try:
    show('ab'.zfill(5))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1656
try:
    show(' x '.zfill(5))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1673
try:
    show('ab'.title())
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1674
try:
    show('aaa'.center(7))
except Exception as e:
    show('E', type(e).__name__, e)
