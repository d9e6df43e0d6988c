def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
class FloatLen:
    def __len__(self):
        return 1.0
class BadIndex:
    def __index__(self):
        return "x"
class NoIter:
    __iter__ = None
class NoHash:
    __hash__ = None
class BadIter:
    def __iter__(self):
        return 5
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class BadHash:
    def __hash__(self):
        return "h"
class BigHash:
    def __hash__(self):
        return 2 ** 100
class BadFormat:
    def __format__(self, spec):
        return 7
class LenOnly:
    def __len__(self):
        return 0
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("from next")
attempt("bool", lambda: bool(BadBool()))
attempt("if", lambda: 1 if BadBool() else 0)
attempt("len-1", lambda: len(BadLen()))
attempt("bool-len", lambda: bool(BadLen()))
attempt("biglen", lambda: len(BigLen()))
attempt("floatlen", lambda: len(FloatLen()))
attempt("index", lambda: [1, 2][BadIndex()])
attempt("noiter", lambda: iter(NoIter()))
attempt("noiter-for", lambda: [x for x in NoIter()])
attempt("in-noiter", lambda: 1 in NoIter())
attempt("nohash", lambda: hash(NoHash()))
attempt("baditer", lambda: iter(BadIter()))
attempt("badrepr", lambda: repr(BadRepr()))
attempt("badstr", lambda: str(BadStr()))
attempt("badhash", lambda: hash(BadHash()))
attempt("bighash", lambda: hash(BigHash()) == hash(2 ** 100))
attempt("badformat", lambda: format(BadFormat(), ""))
attempt("fstring", lambda: f"{BadFormat()}")
attempt("lenonly-bool", lambda: bool(LenOnly()))
attempt("badnext", lambda: list(BadNext()))
attempt("sorted-badnext", lambda: sorted(BadNext()))
attempt("tuple-badnext", lambda: tuple(BadNext()))
attempt("print-badstr", lambda: print(BadStr()))
attempt("str-of-list", lambda: str([BadRepr()]))
class BadEq:
    def __eq__(self, o):
        raise KeyError("eq")
    __hash__ = object.__hash__
attempt("in-list", lambda: BadEq() in [1])
b = BadEq()
attempt("in-list-same", lambda: b in [b])
attempt("list-index", lambda: [1, 2].index(BadEq()))
attempt("dict-lookup", lambda: {b: 1}[b])
