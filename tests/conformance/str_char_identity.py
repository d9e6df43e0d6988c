# Which one-character strs are CPython 3.11's cached latin-1 singletons:
# indexing, iteration, chr, slicing, strip, split, decode, '%'/format give
# the shared object; str(int), repr(int), f-strings of several parts,
# join of several parts, case changes, replace and stepped slices build a
# new one.  Only results are compared (never a literal: CPython's code
# constants are interned apart from the singletons).
import sys

n = 7
s = "abcA" + str(len([]))
a, A = s[0], s[3]
e = "x\xe9\xff"
checks = [
    ("index", s[0] is s[0]),
    ("iter", list(s)[0] is next(iter(s))),
    ("chr", chr(97) is a),
    ("chr_latin1", chr(233) is e[1], e[2] is list(e)[2], chr(255) is e[2]),
    ("chr_256", chr(256) is chr(256)),
    ("slice", s[0:1] is a, s[:1] is s[0]),
    ("slice_step", s[:1][::-1] is a, s[::5] is a, e[1:2] is e[1], e[1::5] is e[1]),
    ("strip_split", (" " + a + " ").strip() is a, "a b".split()[0] is a, "a,b".partition(",")[0] is a),
    ("decode", b"a".decode() is a, str(b"a", "ascii") is a, "\xe9".encode().decode() is e[1]),
    ("str_int", str(n) is str(n), repr(n) is repr(n), ascii(n) is ascii(n), str(12) is str(12)),
    ("format_int", format(n) is format(n), f"{n}" is f"{n}", format(n, "d") is format(n, "d")),
    ("pct", ("%d" % n) is ("%d" % n), ("%s" % a) is a, ("%c" % 97) is a, "{}".format(n) is "{}".format(n)),
    ("fstring", f"{a}" is a, f"{a}{s[0:0]}" is a, f"{a}{''}" is a),
    ("join", "".join([a]) is a, "".join([a, s[0:0]]) is a, "-".join(x for x in [a]) is a),
    ("join_str", "".join(map(str, [n])) is str(n)),
    ("case", A.lower() is a, a.lower() is a, a.upper() is a.upper(), a.swapcase() is A.swapcase()),
    ("case2", a.title() is a.title(), a.capitalize() is a.capitalize(), a.casefold() is a),
    ("replace", s[:2].replace("b", "") is a, a.replace("z", "y") is a, a.replace("a", "c") is s[2]),
    ("concat", (a + s[0:0]) is a, (s[0:0] + a) is a, (a * 1) is a),
    ("noop", a.center(1) is a, a.zfill(1) is a, a.ljust(1) is a, a.expandtabs() is a, str(a) is a),
    ("minmax", min("cab") is a, sorted("cab")[0] is a, list({a: 1})[0] is a),
]
for c in checks:
    print(*c)
# the singletons are immortal in CPython 3.11 (a huge refcount)
print(sys.getrefcount(chr(233)) > 1000, sys.getrefcount(a) > 1000)
