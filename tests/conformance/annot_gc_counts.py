# gc counts around annotated defs and classes, as CPython 3.11's: an
# annotated def whose annotations are all constants loads one tuple
# constant (no container made), others build a tuple of name/value pairs;
# the first read of __annotations__ makes a dict from it (the tuple freed);
# constant defaults are one tuple constant too.  (Class statements are
# left out: their own counts differ, annotated or not; see
# tests/conformance/EXCUSED, class_stmt_counts.)
import gc
gc.disable()

def delta(fn):
    a = gc.get_count()[0]
    r = fn()
    b = gc.get_count()[0]
    return b - a, r

def const_ann():
    def f(a: 'int', b: 'str' = 'x') -> 'None':
        pass
    return f

def name_ann():
    def f(a: int, b: str = 'x') -> None:
        pass
    return f

def no_ann():
    def f(a, b='x'):
        pass
    return f

def const_defaults():
    def f(a=1, b=2, c=(3, 4)):
        pass
    return f

def computed_defaults():
    x = 5
    def f(a=x, b=2):
        pass
    return f

# ten annotations: a tuple of 20 items, past CPython's tuple free lists
def wide_names():
    def f(a0: int, a1: int, a2: int, a3: int, a4: int, a5: int, a6: int, a7: int, a8: int, a9: int):
        pass
    return f

def wide_consts():
    def f(a0: 'i', a1: 'i', a2: 'i', a3: 'i', a4: 'i', a5: 'i', a6: 'i', a7: 'i', a8: 'i', a9: 'i'):
        pass
    return f

def wide_defaults():
    def f(a0=0, a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9, b0=0, b1=1, b2=2, b3=3, b4=4,
          b5=5, b6=6, b7=7, b8=8, b9=9):
        pass
    return f

def wide_computed_defaults():
    z = 0
    def f(a0=z, a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9, b0=0, b1=1, b2=2, b3=3, b4=4,
          b5=5, b6=6, b7=7, b8=8, b9=9):
        pass
    return f

for maker in (const_ann, name_ann, no_ann, const_defaults, computed_defaults,
              wide_names, wide_consts, wide_defaults, wide_computed_defaults):
    d, f = delta(maker)
    print(maker.__name__, d)
    d2, ann = delta(lambda: f.__annotations__)
    print('  first read', d2, ann)
    d3, ann = delta(lambda: f.__annotations__)
    print('  second read', d3)

before = gc.get_count()[0]
x: int = 1
y: str = 'a'
after = gc.get_count()[0]
print('module annotations', after - before)
print(__annotations__)
