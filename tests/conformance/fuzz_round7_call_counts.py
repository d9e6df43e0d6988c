# difffuzz round 7: gc.get_count() around calls of min/max (METH_VARARGS | METH_KEYWORDS: an argument tuple and a keyword dict) and zip(strict=) (a keyword dict); each function is called once first, since CPython's first keyword call of an Argument Clinic function makes its parser's keyword tuple
import gc
h = [3, 1]
def d(label, f):
    f()
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)
d('min', lambda: min(h))
d('min default', lambda: min(h, default=0))
d('min key', lambda: min(h, key=abs))
d('max default', lambda: max(h, default=0))
d('max 2', lambda: max(1, 2))
d('sorted key', lambda: sorted(h, key=abs))
d('int base', lambda: int('5', base=10))
d('zip strict', lambda: zip(h, strict=True))
d('enumerate start', lambda: enumerate(h, start=1))
d('sum start', lambda: sum(h, start=0))
d('round nd', lambda: round(1.5, ndigits=0))
d('str.split sep', lambda: 'a b'.split(sep=' '))
d('list.sort key', lambda: h.sort(key=abs))
d('min 2', lambda: min(3, 1))
d('min 2 key', lambda: min(3, 1, key=abs))
d('zip', lambda: zip(h))
d('zip 2 strict', lambda: zip(h, h, strict=False))
