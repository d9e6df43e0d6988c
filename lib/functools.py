# functools -- gclab's functools: partial (C, from _functools), reduce,
# lru_cache and cache (a closure over a dict: the cache keeps every result
# it holds alive, the classic source of unbounded retention when maxsize
# is None), update_wrapper/wraps, cmp_to_key, total_ordering.
# The cache key is CPython's _make_key: the positional arguments, then a
# marker and the keyword arguments' items in call order (typed: then the
# types of all of them).

from _functools import partial
from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], module='functools')

_initial_missing = object()
_kwd_mark = (object(),)


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        if hasattr(wrapped, attr):
            setattr(wrapper, attr, getattr(wrapped, attr))
    for attr in updated:
        if hasattr(wrapped, attr) and hasattr(wrapper, attr):
            getattr(wrapper, attr).update(getattr(wrapped, attr))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return lambda wrapper: update_wrapper(wrapper, wrapped, assigned, updated)


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    cache_get = cache.get
    cache_pop = cache.pop
    bounded = maxsize is not None and maxsize > 0
    stats = [0, 0]   # hits, misses

    def wrapper(*args, **kwds):
        key = args
        if kwds:
            key += _kwd_mark
            for item in kwds.items():
                key += item
        if typed:
            key += tuple([type(a) for a in args])
            if kwds:
                key += tuple([type(v) for v in kwds.values()])
        result = cache_get(key, _initial_missing)   # one lookup on a hit, not two
        if result is not _initial_missing:
            stats[0] += 1
            if bounded:
                cache[key] = cache_pop(key)   # now the most recent
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key not in cache and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _lru_wrapper(user_function, maxsize, typed)


def cache(user_function):
    return _lru_wrapper(user_function, None, False)


class _Key:
    def __init__(self, obj, mycmp):
        self.obj = obj
        self._cmp = mycmp

    def __lt__(self, other):
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, other.obj) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    return lambda obj: _Key(obj, mycmp)
