"""Shallow and deep copies, as CPython 3.11's copy module makes them.

copy(x) and deepcopy(x, memo=None): immutable values (None, numbers,
str, bytes, tuples for copy, frozensets, types, functions, ranges,
weak references...) are returned as they are; list, dict, set and
bytearray are rebuilt; a class's __copy__ / __deepcopy__(memo) is used
when it has one; any other instance of a class is rebuilt as CPython's
__reduce_ex__(4) would have it: cls.__new__(cls), then its state (the
__dict__, the __slots__ values, or what __getstate__ returns) given to
__setstate__ or stored back, then, for a subclass of list or dict, its
items (the subset cannot subclass set or frozenset).  deepcopy keeps a memo (id -> copy) so shared and recursive
structures stay shared and recursive, and keeps the originals alive in
it as CPython's does.  A __reduce_ex__ or __reduce__ written in a class
is called and its (callable, args, state, listitems, dictitems) result
rebuilt as CPython's copy._reconstruct does; a tuple subclass (a
namedtuple) is made with the __getnewargs__ arguments as protocol 2+
makes it; OrderedDict, defaultdict and deque, C types here whose
__reduce__ is not modelled, are rebuilt from what CPython 3.11's
reductions of them return.  No copyreg: a value of another built-in type
(a generator, a frame) raises CPython's "cannot pickle" TypeError.
"""

import weakref
from _collections import deque as _deque, defaultdict as _defaultdict, OrderedDict as _OrderedDict


class Error(Exception):
    pass


error = Error   # backward-compatible alias, as CPython's


def _function():
    pass


# what deepcopy returns as it is (a frozenset or a slice is rebuilt, as
# their reductions make new ones), and what copy does besides
_DEEP_ATOMIC = frozenset([
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
    type, range, property, type(len), type(_function), type(_function.__code__), weakref.ref,
])
_COPY_ATOMIC = _DEEP_ATOMIC | {tuple, frozenset, slice}


_object_reduce_ex = object.__reduce_ex__
_object_reduce = object.__reduce__
_REDUCED_C_TYPES = (_OrderedDict, _defaultdict, _deque)


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _COPY_ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if (cls.__reduce_ex__ is _object_reduce_ex and cls.__reduce__ is _object_reduce
            and not isinstance(x, _REDUCED_C_TYPES)):
        return _reconstruct(x, None)
    rv = _reduce(x, cls)
    return x if isinstance(rv, str) else _rebuild(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _DEEP_ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a tuple that contains itself was copied while copying its items
        if d in memo:
            return memo[d]
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    elif cls in (set, frozenset):
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            if (cls.__reduce_ex__ is _object_reduce_ex and cls.__reduce__ is _object_reduce
                    and not isinstance(x, _REDUCED_C_TYPES)):
                y = _reconstruct(x, memo)
            else:
                rv = _reduce(x, cls)
                y = x if isinstance(rv, str) else _rebuild(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """The originals copied, kept in the memo under its own id, so that
    their ids are not reused while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (c.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _state_of(x, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not object.__getstate__:
        return x.__getstate__()
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _reconstruct(x, memo):
    cls = type(x)
    if not (cls.__flags__ & (1 << 9)) and not isinstance(x, BaseException):   # not a heap class
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    deep = memo is not None
    if isinstance(x, BaseException):
        args = deepcopy(x.args, memo) if deep else x.args
        y = cls.__new__(cls, *args)
        y.args = args
    elif isinstance(x, tuple):
        # protocol 2+: copyreg.__newobj__(cls, *x.__getnewargs__())
        args = x.__getnewargs__()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _reduce(x, cls):
    """What x.__reduce_ex__(4) returns in CPython 3.11 where the default
    object reduction (_reconstruct) does not apply: a class's own
    __reduce_ex__/__reduce__, or the reduction of OrderedDict,
    defaultdict and deque (C types here).  copy() and deepcopy() decide
    inline, with two cached type lookups and an isinstance, whether to
    come here, so a plain instance pays no call."""
    if cls.__reduce_ex__ is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    if cls.__reduce__ is not _object_reduce:
        return x.__reduce__()
    if isinstance(x, _OrderedDict):
        # odict_reduce: (type, (), __dict__ or None, None, items)
        return (cls, (), getattr(x, "__dict__", None) or None, None, iter(x.items()))
    if isinstance(x, _defaultdict):
        # defdict_reduce: no state, the factory the only argument
        factory = x.default_factory
        return (cls, () if factory is None else (factory,), None, None, iter(x.items()))
    # a deque: deque___reduce__: ((), maxlen) when bounded, then the items
    args = () if x.maxlen is None else ((), x.maxlen)
    return (cls, args, getattr(x, "__dict__", None) or None, iter(x))


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """CPython's copy._reconstruct over a reduction's parts."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
