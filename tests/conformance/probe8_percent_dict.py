# %-formatting with dict mappings, *-widths, and error cases.
d = {"name": "Ann", "n": 3, "f": 2.5}
print("%(name)s has %(n)d items costing %(f).2f" % d)
print("%(name)r %(n)5d|%(n)-5d|%(f)+.1e" % d)
print("%(n)s %(n)s" % d)
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%c%c" % (72, "i"), "%%", "%5%" % () if False else "skip")
print("%x %X %o %#x %#o %e" % (255, 255, 8, 255, 8, 1234.5))
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % ("q",))
print("%s and %s" % ("a", "b"))
print("%10.3s|" % "abcdef", "%-6s|" % "ab")
print("%d %i %u" % (3.9, -2.5, 7))
print("%a" % "\xe9", "%5.1f%%" % 99.44)
print("% d % d" % (5, -5), "%+d" % 0)
print("%(a)s" % {"a": 1, "b": 2})
print("no args" % ())
print("%s" % {})
class M:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s %(c)s" % M())
errs = [
    ("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%(x)s", (1,)),
    ("%(x)s", {}), ("%z", (1,)), ("%c", ("ab",)), ("%c", (1114112,)),
    ("%(a", {"a": 1}), ("%", ()), ("%*d", ("x", 1)), ("%s %(a)s", {"a": 1}),
    ("%x", 1.5), ("%.*f", (1.5, 2.0)),
]
for fmt, args in errs:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b"%s %d %(k)s" % (b"x", 1, ) if False else b"%s-%d" % (b"x", 5))
print(b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
