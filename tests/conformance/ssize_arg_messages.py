# Integer arguments beyond a C Py_ssize_t: a method argument declared
# Py_ssize_t says "Python int too large to convert to C ssize_t", a slice
# bound (find/index/count start and end, list.index) is clamped, an index
# of a sequence says "cannot fit 'int' into an index-sized integer".
big = 2**63
cases = [
    ("rjust", lambda: "x".rjust(big)),
    ("ljust-neg", lambda: "x".ljust(-big - 1)),
    ("center", lambda: "x".center(big, "*")),
    ("zfill", lambda: "5".zfill(big)),
    ("b-ljust", lambda: b"x".ljust(big)),
    ("b-zfill", lambda: b"x".zfill(big)),
    ("insert", lambda: [].insert(big, 1)),
    ("pop", lambda: [1].pop(big)),
    ("split", lambda: "a b".split(None, big)),
    ("rsplit", lambda: "a b".rsplit(" ", big)),
    ("replace", lambda: "ab".replace("a", "b", big)),
    ("b-split", lambda: b"a b".split(b" ", big)),
    ("b-replace", lambda: b"ab".replace(b"a", b"b", big)),
    ("b-hex", lambda: b"ab".hex(":", big)),
    ("find", lambda: "ab".find("a", big)),
    ("find-neg", lambda: "ab".find("b", -big * 4)),
    ("index", lambda: "ab".index("a", 0, 2**70)),
    ("count", lambda: "aaa".count("a", -2**80, 2**80)),
    ("startswith", lambda: "ab".startswith("a", -2**70)),
    ("b-find", lambda: b"ab".find(b"b", -2**70, 2**70)),
    ("list-index", lambda: [1, 2].index(2, -2**70, 2**70)),
    ("list-index-miss", lambda: [1, 2].index(1, big)),
    ("tuple-index", lambda: (1, 2).index(2, 0, 2**70)),
    ("repeat", lambda: [1] * big),
    ("subscript", lambda: "ab"[big]),
    ("round", lambda: round(1.5, big)),
    ("round-neg", lambda: round(1.5, -big)),
]
for name, f in cases:
    try:
        print(name, repr(f()))
    except (OverflowError, IndexError, ValueError, MemoryError) as e:
        print(name, type(e).__name__, e)
