# difffuzz round 9 (seed 9200628): int() of an object whose class has
# __trunc__ but neither __int__ nor __index__ delegates to __trunc__ in
# CPython 3.11 (deprecated there, with a DeprecationWarning on stderr),
# the result made an int through __index__.
class T:
    def __trunc__(self):
        return 7
class TF:
    def __trunc__(self):
        return 2.5
class TI:
    def __trunc__(self):
        return True
class Idx:
    def __index__(self):
        return 4
class TX:
    def __trunc__(self):
        return Idx()
class B(int):
    pass
class TB:
    def __trunc__(self):
        return B(9)
for c in (T, TF, TI, TX, TB):
    try:
        r = int(c())
        print(c.__name__, r, type(r).__name__)
    except Exception as e:
        print(c.__name__, type(e).__name__, e)
