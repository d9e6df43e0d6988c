# re -- gclab's regular expressions: the engine, Pattern and Match are C
# (the built-in _re, modules/mod_re*.c); this module adds what CPython 3.11
# writes in Python: the flags (RegexFlag, whose members print as
# re.IGNORECASE), re.error with its position, line and column, the cache of
# compiled patterns (the last 512, oldest dropped first, keyed by the
# pattern's type, the pattern and the flags, as CPython's _compile), the
# module-level functions and escape().  docs/modules.md lists what is
# supported and what differs.

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_FLAG_NAMES = (
    (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
    (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"),
    (128, "DEBUG"),
)
# the order CPython's repr lists combined members in (by value)
_FLAG_ORDER = (1, 2, 4, 8, 16, 32, 64, 128, 256)


class RegexFlag(int):
    """The flags of re (CPython's is an enum.IntFlag shown as re.NAME)."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = dict(_FLAG_NAMES)
        parts = []
        for bit in _FLAG_ORDER:
            if v & bit:
                parts.append("re." + names[bit])
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = dict(_FLAG_NAMES)
        parts = [names[bit] for bit in _FLAG_ORDER if v & bit]
        return "|".join(parts)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A pattern or template that is not valid: msg, pattern, pos (or
    None), and the line and column of pos (lineno, colno)."""

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


Pattern = _re.Pattern
Match = _re.Match

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _re.compile(pattern, flags, error)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def match(pattern, string, flags=0):
    """A Match of pattern at the start of string, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match of pattern over the whole of string, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first Match of pattern anywhere in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with its first count (0: all) matches of pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """sub() and the number of replacements, as a pair."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between matches of pattern (and its groups)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every match of pattern in string (its groups when it has any)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of the Match objects of pattern in string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """The Pattern of pattern with flags (cached)."""
    return _compile(pattern, flags)


def purge():
    """Forget the cached patterns."""
    _cache.clear()


def template(pattern, flags=0):
    """compile() with TEMPLATE (deprecated in CPython)."""
    return _compile(pattern, flags | T)


# what escape() puts a backslash before (CPython 3.7+'s set)
_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Backslash every character of pattern that is special in a pattern."""
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    return escape(str(pattern, 'latin1')).encode('latin1')
