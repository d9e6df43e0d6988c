# collections -- gclab's collections module, written in the subset:
# deque (C, from _collections), defaultdict, OrderedDict and Counter (dict
# subclasses: GC containers like CPython's), namedtuple (classes whose
# instances keep the fields as attributes; __init__ and _replace are C
# methods from _collections).  CPython's namedtuple instances are tuples;
# here they are not (isinstance(p, tuple) is False) but index, unpack,
# compare, hash and print the same way.

from _collections import deque, _nt__init__, _nt_replace


class defaultdict(dict):
    def __init__(self, default_factory=None, *args):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        for a in args:
            self.update(a)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return 'defaultdict(%r, %r)' % (self.default_factory, dict(self))

    def copy(self):
        return defaultdict(self.default_factory, self)


class OrderedDict(dict):
    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        for a in args:
            self.update(a)

    def move_to_end(self, key, last=True):
        if last:
            self[key] = dict.pop(self, key)   # KeyError(key) if absent, as self[key]
            return
        value = self[key]
        rest = [(k, v) for k, v in self.items() if not (k is key or k == key)]
        self.clear()
        self[key] = value
        for k, v in rest:
            self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))   # not list(self): O(1)
        return (key, dict.pop(self, key))

    def copy(self):
        return OrderedDict(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict(self) == other

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        if not self:
            return 'OrderedDict()'
        return 'OrderedDict(%r)' % (list(self.items()),)


class Counter(dict):
    def __init__(self, iterable=None):
        if iterable is not None:
            self.update(iterable)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None):
        if iterable is None:
            return
        if isinstance(iterable, dict):
            for elem in iterable:
                self[elem] = self.get(elem, 0) + iterable[elem]
        else:
            for elem in iterable:
                self[elem] = self.get(elem, 0) + 1

    def subtract(self, iterable=None):
        if iterable is None:
            return
        if isinstance(iterable, dict):
            for elem in iterable:
                self[elem] = self.get(elem, 0) - iterable[elem]
        else:
            for elem in iterable:
                self[elem] = self.get(elem, 0) - 1

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        out = []
        for elem, count in self.items():
            for i in range(count):
                out.append(elem)
        return iter(out)

    def total(self):
        return sum(self.values())

    def copy(self):
        return Counter(self)

    def __repr__(self):
        if not self:
            return 'Counter()'
        return 'Counter(%r)' % (dict(self.most_common()),)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result


def _nt_values(self):
    return tuple([getattr(self, f) for f in self._fields])


def _nt_repr(self):
    parts = ['%s=%r' % (f, getattr(self, f)) for f in self._fields]
    return '%s(%s)' % (type(self).__name__, ', '.join(parts))


def _nt_getitem(self, i):
    return _nt_values(self)[i]


def _nt_iter(self):
    return iter(_nt_values(self))


def _nt_len(self):
    return len(self._fields)


def _nt_eq(self, other):
    if hasattr(other, '_fields'):
        return _nt_values(self) == _nt_values(other)
    return _nt_values(self) == other


def _nt_ne(self, other):
    return not _nt_eq(self, other)


def _nt_lt(self, other):
    return _nt_values(self) < _nt_values(other)


def _nt_hash(self):
    return hash(_nt_values(self))


def _nt_asdict(self):
    return dict([(f, getattr(self, f)) for f in self._fields])


def namedtuple(typename, field_names, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple([str(f) for f in field_names])
    seen = set()
    for name in fields:
        if name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        for f, d in zip(fields[len(fields) - len(defaults):], defaults):
            field_defaults[f] = d
    ns = {
        '__slots__': fields,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__init__': _nt__init__,
        '_replace': _nt_replace,
        '__repr__': _nt_repr,
        '__getitem__': _nt_getitem,
        '__iter__': _nt_iter,
        '__len__': _nt_len,
        '__eq__': _nt_eq,
        '__ne__': _nt_ne,
        '__lt__': _nt_lt,
        '__hash__': _nt_hash,
        '_asdict': _nt_asdict,
        '__module__': module if module is not None else '__main__',
    }
    cls = type(typename, (), ns)
    cls._make = lambda iterable: cls(*iterable)
    return cls
