# collections -- gclab's collections module: deque, defaultdict and
# OrderedDict are C types of _collections (as CPython 3.11's), Counter is
# a dict subclass written here (as CPython's, with its C helper
# _count_elements), namedtuple makes tuple subclasses (as CPython's, with
# their field descriptors and __new__ from C).  A package, as CPython's:
# collections.abc is its submodule (collections/abc.py).  ChainMap is
# written here (as CPython's); its keys()/items()/values() views are small
# classes of this module with iteration, len, `in` and CPython's reprs, no
# set operations.

from _collections import deque, defaultdict, OrderedDict, _tuplegetter, _nt_new, _count_elements


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()   # as CPython's: its super object and bound __init__ count
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __delitem__(self, elem):
        # CPython's: a missing element is not an error
        if elem in self:
            super().__delitem__(elem)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    # update, subtract and copy make the calls CPython's Python-written
    # Counter makes, in its order (a bound get, an items() view and its
    # pairs; dict.update when empty; type(self)(self)): what they allocate
    # is what gc.get_count() sees.  A mapping is a dict here (gclab has no
    # collections.abc.Mapping).
    def update(self, iterable=None, /, **kwds):
        # CPython's: an empty counter takes a mapping as dict.update does
        # (its counts need not be numbers); otherwise count + old count
        if iterable is not None:
            if not isinstance(iterable, dict):
                _count_elements(self, iterable)   # C, as CPython's
            elif not self:
                super().update(iterable)
            else:
                get = self.get
                for elem, count in iterable.items():
                    self[elem] = count + get(elem, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

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
        return self.__class__(self)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:   # values that do not order
            d = dict(self)
        return '%s(%r)' % (type(self).__name__, d)

    def __eq__(self, other):
        # missing counts are zero (CPython 3.10+)
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

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


# namedtuple: a tuple subclass with __slots__ = (), one _tuplegetter per
# field and CPython's methods and messages (its __new__ is _nt_new, in C,
# since the subset cannot compile a signature at run time).

_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])


def _is_identifier(name):
    if not name or not (name[0].isalpha() or name[0] == '_'):
        return False
    for ch in name:
        if not (ch.isalnum() or ch == '_'):
            return False
    return True


def _nt_make(cls, iterable):
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(result)))
    return result


def _nt_replace(self, **changes):
    result = self._make([changes.pop(name, value) for name, value in zip(self._fields, self)])
    if changes:
        raise ValueError('Got unexpected field names: %r' % list(changes))
    return result


def _nt_repr(self):
    parts = ['%s=%r' % (name, value) for name, value in zip(self._fields, self)]
    return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_getnewargs(self):
    return tuple(self)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        used = set()
        for index, name in enumerate(names):
            if not _is_identifier(name) or name in _KEYWORDS or name.startswith('_') or name in used:
                names[index] = '_%d' % index
            used.add(name)
    for name in [typename] + names:
        if not _is_identifier(name):
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    used = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in used:
            raise ValueError('Encountered duplicate field name: %r' % name)
        used.add(name)
    fields = tuple(names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        first = len(fields) - len(defaults)
        for index, value in enumerate(defaults):
            field_defaults[fields[first + index]] = value
    ns = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(_nt_new),
        '_make': classmethod(_nt_make),
        '_replace': _nt_replace,
        '__repr__': _nt_repr,
        '_asdict': _nt_asdict,
        '__getnewargs__': _nt_getnewargs,
        '__match_args__': fields,
        '__module__': module if module is not None else '__main__',
    }
    for index, name in enumerate(fields):
        ns[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    return type(typename, (tuple,), ns)


def __getattr__(name):
    # CPython's start-up has imported collections.abc, so `collections.abc`
    # answers after a bare `import collections`; here the submodule is
    # imported at its first use instead, which costs programs that never
    # use it nothing.
    if name == 'abc':
        import collections.abc
        return collections.abc
    raise AttributeError(f"module 'collections' has no attribute '{name}'")
class _ChainMapView:
    """keys()/items()/values() of a ChainMap: live views printed as
    CPython's KeysView(...) and friends."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "{0.__class__.__name__}({0._mapping!r})".format(self)


class KeysView(_ChainMapView):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(_ChainMapView):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_ChainMapView):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_chainmap_repr_running = set()


def _is_mapping(o):
    return isinstance(o, (dict, ChainMap))


class ChainMap:
    """Several mappings seen as one: lookups search them in order, writes
    and deletions go to the first (CPython 3.11's ChainMap)."""

    __hash__ = None
    __reversed__ = None

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _chainmap_repr_running:
            return "..."
        _chainmap_repr_running.add(key)
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _chainmap_repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if _is_mapping(other) or hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)
