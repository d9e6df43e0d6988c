# Calling a built-in type with positional arguments builds no argument
# tuple in CPython 3.11 (vectorcall of range, float, bool, tuple, list,
# dict, set, frozenset, type(x), map, filter); int, str, bytes and slice
# still build one.  Each call runs right after a full collection, which
# empties the tuple free list: an argument tuple is then a new container
# and moves gc.get_count() by one.
import gc
x = 5
l = [1, 2]
s = 'ab'

def delta(f):
    gc.collect()
    c0 = gc.get_count()[0]
    r = f()
    return gc.get_count()[0] - c0

def warm(f):
    # one tuple of each small size in the free list: no argument tuple shows
    gc.collect()
    t1 = (x,); t2 = (x, x); t3 = (x, x, x)
    del t1, t2, t3
    c0 = gc.get_count()[0]
    r = f()
    return gc.get_count()[0] - c0

cases = [
    ('range(x)', lambda: range(x)),
    ('range(x, 9)', lambda: range(x, 9)),
    ('range(1, x, 2)', lambda: range(1, x, 2)),
    ('float(x)', lambda: float(x)),
    ('float()', lambda: float()),
    ('bool(x)', lambda: bool(x)),
    ('tuple(l)', lambda: tuple(l)),
    ('tuple()', lambda: tuple()),
    ('list(l)', lambda: list(l)),
    ('list()', lambda: list()),
    ('dict({})', lambda: dict(l and {})),
    ('dict(pairs)', lambda: dict([(1, 2)])),
    ('set(l)', lambda: set(l)),
    ('frozenset(l)', lambda: frozenset(l)),
    ('type(x)', lambda: type(x)),
    ('map(abs, l)', lambda: map(abs, l)),
    ('filter(None, l)', lambda: filter(None, l)),
    ('int(s, 16)', lambda: int(s, 16)),
    ('int("7")', lambda: int(s[:0] + '7')),
    ('str(x)', lambda: str(x)),
    ('bytes(x)', lambda: bytes(x)),
    ('bytearray(x)', lambda: bytearray(x)),
    ('object()', lambda: object()),
    ('len(l)', lambda: len(l)),
    ('iter(l)', lambda: iter(l)),
]
for label, f in cases:
    print(label, delta(f), warm(f))

# a loop over range(n): the range call is the only candidate allocation
gc.collect()
c0 = gc.get_count()[0]
for i in range(3):
    t = 12345
print('for range', gc.get_count()[0] - c0)

# errors still raised with CPython's messages, through either path
for f in (lambda: list(1, 2), lambda: tuple(1, 2), lambda: dict(1, 2), lambda: set(1, 2),
          lambda: frozenset(1, 2), lambda: float(1, 2), lambda: bool(1, 2), lambda: range(),
          lambda: map(abs), lambda: filter(None), lambda: type(1, 2), lambda: list(x=1),
          lambda: float(x=1), lambda: range(1, 2, 0), lambda: float('z')):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# subclasses are called through __new__/__init__ with their arguments
class L(list):
    def __init__(self, *a):
        print('L.__init__', a)
        super().__init__(*a)
class D(dict):
    pass
print(L(l), D([(1, 2)]), D(a=1))
print(type(L(l)).__name__, list(map(str, range(3))), tuple(filter(None, (0, 1, 2))))
