# itertools -- gclab's itertools, written in the subset: each tool is a
# class whose instances are iterators (CPython's are C types with the same
# names and results).  The combinatoric ones produce tuples in CPython's
# lexicographic order.  islice, chain, repeat, accumulate, takewhile,
# dropwhile, groupby, combinations, count, cycle and product come from
# _itertools (C, modules/mod_itertools*.c) as CPython's do, and have no subset version
# here: a class defined and then replaced would be a garbage class cycle
# the first gc.collect() after `import itertools` finds.


# CPython's argument errors for the tools written here: its positional-only
# ones (_PyArg_NoKeywords, then _PyArg_CheckPositional) and its Argument
# Clinic ones with keywords (_PyArg_UnpackKeywords), and a Py_ssize_t
# argument (__index__).
def _positional(name, args, kwargs, lo, hi):
    if kwargs:
        raise TypeError(name + '() takes no keyword arguments')
    n = len(args)
    if lo <= n <= hi:
        return args
    if lo == hi:
        what = 'expected %d argument%s' % (lo, '' if lo == 1 else 's')
    elif n < lo:
        what = 'expected at least %d argument%s' % (lo, '' if lo == 1 else 's')
    else:
        what = 'expected at most %d argument%s' % (hi, '' if hi == 1 else 's')
    raise TypeError('%s %s, got %d' % (name, what, n))


_MISSING = object()


def _clinic(name, args, kwargs, names, required):
    n = len(args) + len(kwargs)
    if n > len(names):
        raise TypeError('%s() takes at most %d %sargument%s (%d given)' % (
            name, len(names), '' if args else 'keyword ', '' if len(names) == 1 else 's', n))
    out = []
    used = 0
    for i in range(len(names)):
        p = names[i]
        if i < len(args):
            out.append(args[i])
        elif p in kwargs:
            out.append(kwargs[p])
            used += 1
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, p, i + 1))
        else:
            out.append(_MISSING)
    if used < len(kwargs):
        for k in kwargs:
            if k in names and names.index(k) < len(args):
                raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (
                    name, k, names.index(k) + 1))
            if k not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
    return out


def _ssize(x):
    if isinstance(x, int):
        return x
    if hasattr(type(x), '__index__'):
        return type(x).__index__(x)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


class _tuples:
    # a precomputed sequence of tuples, iterated (the combinatoric tools)
    def __init__(self, items):
        self._items = items
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._items):
            raise StopIteration
        v = self._items[self._i]
        self._i += 1
        return v


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return []
    out = []
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    out.append(tuple([pool[i] for i in indices[:r]]))
    while n:
        done = True
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                out.append(tuple([pool[k] for k in indices[:r]]))
                done = False
                break
        if done:
            return out
    return out


class permutations(_tuples):
    def __init__(self, *args, **kwargs):
        iterable, r = _clinic('permutations', args, kwargs, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        if r is _MISSING:
            r = None
        if r is not None:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        _tuples.__init__(self, _permutations(pool, len(pool) if r is None else r))


def _combinations(pool, r, replace):
    n = len(pool)
    if (not replace and r > n) or (replace and n == 0 and r > 0):
        return []
    indices = [0] * r if replace else list(range(r))
    out = [tuple([pool[i] for i in indices])]
    while True:
        found = -1
        for i in reversed(range(r)):
            if indices[i] != (n - 1 if replace else i + n - r):
                found = i
                break
        if found < 0:
            return out
        i = found
        if replace:
            indices[i:] = [indices[i] + 1] * (r - i)
        else:
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        out.append(tuple([pool[k] for k in indices]))


class combinations_with_replacement(_tuples):
    def __init__(self, *args, **kwargs):
        iterable, r = _clinic('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        r = _ssize(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        _tuples.__init__(self, _combinations(pool, r, True))


class starmap:
    def __init__(self, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2, 2)
        self._f = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        # CPython makes a non-tuple item a tuple first: its error is
        # tuple()'s ("'int' object is not iterable"), not the call's
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._f(*args)


class filterfalse:
    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('filterfalse', args, kwargs, 2, 2)
        self._p = predicate
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            v = next(self._it)
            if not (bool(v) if self._p is None else self._p(v)):
                return v


class compress:
    def __init__(self, *args, **kwargs):
        data, selectors = _clinic('compress', args, kwargs, ('data', 'selectors'), 2)
        self._pairs = zip(data, selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d, s = next(self._pairs)
            if s:
                return d


class zip_longest:
    def __init__(self, *iterables, **kwargs):
        # CPython's message names no keyword
        if len(kwargs) > 1 or (kwargs and 'fillvalue' not in kwargs):
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwargs.get('fillvalue')
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        values = []
        for i in range(len(self._its)):
            it = self._its[i]
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class _teelink:
    # One value of a tee's input, shared by every copy that has not read it
    # yet; nxt is None until some copy reads past it.
    def __init__(self):
        self.value = None
        self.nxt = None


class _tee:
    # A copy of tee()'s input: reads it lazily, one value at a time, and
    # keeps the values only until every copy has read them.
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.nxt is None:
            link.value = next(self._it)
            link.nxt = _teelink()
        self._link = link.nxt
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(*args, **kwargs):
    if kwargs:
        raise TypeError('itertools.tee() takes no keyword arguments')
    args = _positional('tee', args, kwargs, 1, 2)
    iterable = args[0]
    n = _ssize(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    # CPython's tee: an input that can copy itself (a _tee) is the first
    # copy, the others are its copies.
    first = it if isinstance(it, _tee) else _tee(it, _teelink())
    copies = [first]
    for i in range(n - 1):
        copies.append(first.__copy__())
    return tuple(copies)


class pairwise:
    def __init__(self, *args, **kwargs):
        iterable = _positional('pairwise', args, kwargs, 1, 1)[0]
        self._it = iter(iterable)
        self._old = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if not self._started:
            try:
                self._old = next(it)
            except StopIteration:
                self._it = None
                raise
            self._started = True
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = None
            raise
        pair = (self._old, new)
        self._old = new
        return pair


from _itertools import islice, chain, repeat, accumulate, takewhile, dropwhile, groupby, combinations, \
    count, cycle, product
