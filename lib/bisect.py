# bisect -- gclab's bisect, written in the subset (CPython's algorithms:
# the same comparisons, so the same results for any total order).  The
# public functions take their arguments as CPython's C _bisect does
# (Argument Clinic: a, x, lo=0, hi=None, *, key=None; lo and hi as
# Py_ssize_t, hi=-1 meaning len(a)), with its messages.

_NAMES = ('a', 'x', 'lo', 'hi', 'key')
_MISSING = object()


def _index(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _parse(name, args, kwargs):
    n = len(args)
    total = n + len(kwargs)
    if total > 5:
        raise TypeError('%s() takes at most 5 %sarguments (%d given)' % (name, '' if n else 'keyword ', total))
    if n > 4:
        raise TypeError('%s() takes at most 4 positional arguments (%d given)' % (name, n))
    vals = list(args)
    while len(vals) < 5:
        vals.append(_MISSING)
    stray = None
    for k in kwargs:
        i = _NAMES.index(k) if k in _NAMES else -1
        if i < 0 or i < n:
            if stray is None:
                stray = k
        else:
            vals[i] = kwargs[k]
    for i in range(2):
        if vals[i] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, _NAMES[i], i + 1))
    if stray is not None:
        if stray in _NAMES:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (
                name, stray, _NAMES.index(stray) + 1))
        raise TypeError("'%s' is an invalid keyword argument for %s()" % (stray, name))
    a = vals[0]
    lo = 0 if vals[2] is _MISSING else _index(vals[2])
    hi = -1 if vals[3] is _MISSING or vals[3] is None else _index(vals[3])
    key = None if vals[4] is _MISSING else vals[4]
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = len(a)
    return a, vals[1], lo, hi, key


def _right(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(*args, **kwargs):
    a, x, lo, hi, key = _parse('bisect_right', args, kwargs)
    return _right(a, x, lo, hi, key)


def bisect_left(*args, **kwargs):
    a, x, lo, hi, key = _parse('bisect_left', args, kwargs)
    return _left(a, x, lo, hi, key)


def insort_right(*args, **kwargs):
    a, x, lo, hi, key = _parse('insort_right', args, kwargs)
    a.insert(_right(a, x if key is None else key(x), lo, hi, key), x)


def insort_left(*args, **kwargs):
    a, x, lo, hi, key = _parse('insort_left', args, kwargs)
    a.insert(_left(a, x if key is None else key(x), lo, hi, key), x)


bisect = bisect_right
insort = insort_right
