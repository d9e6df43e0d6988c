print("%s|%r|%a" % ("é", "é", "é"))
print("%5.2f|%-8s|%+d|% d|%05d|%x|%#o|%e|%g" % (3.14159, "ab", 5, 5, -42, 255, 8, 12345.678, 0.00001234))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Al", "age": 30})
print("%c%c%c" % (72, "i", 33), "%%d literal %d" % 1, "%.3s" % "abcdef", "%*d|%-*d|" % (5, 1, 4, 2))
print("%.*f" % (2, 1.23456), "%i" % 3.99, "%d" % True, "%s" % [1, (2, 3)], "%s" % ((1, 2),))
print("%x" % 2**70, "%d" % -2**65, "%o" % -8, "%#X" % 3054, "%10.4e" % 1e-300)
print("%s %s" % ("only", "two"), "%r" % {"k": [None]}, "%s" % None, "%5s|%-5s|" % (None, True))
class Both:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
print("%s %r %a" % (Both(), Both(), Both()))
errs = [
    ("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%c", 1114112), ("%c", "ab"),
    ("%(k)s", ("t",)), ("%z", 1), ("%(missing)s", {}), ("%", ()), ("%x", 1.5), ("%d", [1]),
    ("%*d", ("a", 1)), ("%.2", 1),
]
for fmt, arg in errs:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s" % {"a": 1}, "%(a)s" % {"a": 1}, "no args" % (), "%s" % ((),))
print("%f %F" % (float("inf"), float("nan")), "%.0f %.0f" % (0.5, 1.5), "%g %g" % (1e16, 123456789.0))
print("%#x %#.3g %+.2e" % (0, 1.0, -0.0), "% 05.1f" % 2.25, "%-06d|" % 3)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for r in rows:
    print("%-8s%5d%10.3f%8.1e" % (r + (r[2],)))
print(b"%s-%d" % (b"x", 3), b"%x" % 255, b"%5b|" % b"ab", b"%c" % 65)
