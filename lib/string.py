# string -- the constants of CPython's string module, capwords and Template.
# Template's placeholders are found by a hand-written scanner (gclab has no
# re module) that matches what CPython 3.11's default pattern matches: the
# delimiter followed by the delimiter (an escape), an ASCII identifier, an
# identifier in braces, or anything else (invalid).  A subclass may change
# `delimiter`; `idpattern`, `braceidpattern`, `flags` and `pattern` are
# regular expressions there and are not supported here (docs/language.md).
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits


def _template_scan(template, delim):
    # Yield (start, end, kind, name) for each placeholder, left to right;
    # kind is 'escaped', 'named', 'braced' or 'invalid', start is the
    # delimiter's index and end the index after the placeholder.
    if not isinstance(template, str):
        if isinstance(template, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '%s'" % type(template).__name__)
    n = len(template)
    d = len(delim)
    pos = 0
    while True:
        start = template.find(delim, pos)
        if start < 0:
            return
        i = start + d
        if template.startswith(delim, i):
            pos = i + d
            yield (start, pos, 'escaped', None)
            continue
        if i < n and template[i] in _ID_START:
            j = i + 1
            while j < n and template[j] in _ID_CHARS:
                j += 1
            pos = j
            yield (start, j, 'named', template[i:j])
            continue
        if i + 1 < n and template[i] == '{' and template[i + 1] in _ID_START:
            j = i + 2
            while j < n and template[j] in _ID_CHARS:
                j += 1
            if j < n and template[j] == '}':
                pos = j + 1
                yield (start, pos, 'braced', template[i + 1:j])
                continue
        pos = i
        yield (start, i, 'invalid', None)


class _Lookup:
    # The keyword arguments first, then the mapping (CPython's ChainMap).
    def __init__(self, kws, mapping):
        self._kws = kws
        self._mapping = mapping

    def __getitem__(self, key):
        if key in self._kws:
            return self._kws[key]
        try:
            return self._mapping[key]
        except KeyError:
            pass
        raise KeyError(key)


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if ('pattern' in cls.__dict__ or 'flags' in cls.__dict__
                or cls.idpattern != Template.idpattern or cls.braceidpattern is not None):
            raise NotImplementedError('string.Template: idpattern, braceidpattern, flags and '
                                      'pattern are regular expressions, and gclab has no re')

    def __init__(self, template):
        self.template = template

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _pieces(self, mapping, safe):
        template = self.template
        delim = self.delimiter
        out = []
        last = 0
        for start, end, kind, name in _template_scan(template, delim):
            out.append(template[last:start])
            last = end
            if kind == 'escaped':
                out.append(delim)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(start + len(delim))
                out.append(template[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(template[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(template[last:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        return self._pieces(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        return self._pieces(mapping, True)

    def is_valid(self):
        for start, end, kind, name in _template_scan(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in _template_scan(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids
