# Probing program (issue 13, round 3): %-formatting corners
print("%5.1f|%-6d|%06.2f|%+d|% d|%x|%#o|%e" % (3.14159, 42, -2.5, 3, 4, 255, 8, 12345.678))
print("%s %r %a" % ("é", "é", "é"), "%c%c" % (72, "i"), "%%", "%.3s" % "abcdef", "%*d|%-*d" % (5, 1, 4, 2))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%s" % ((1, 2),), "%s" % [1, 2], "%d" % True, "%i" % 3.9)
for fmt, arg in [("%d", "s"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", 1114112), ("%c", "ab"), ("%(k)s", 5), ("%(k)s", {}), ("%d", None), ("%", ()), ("%x", 1.5)]:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%g %g %g" % (1e-5, 123456789, 0.0001), "%#x %#X %#.3g" % (0, 255, 1.0))
print("%10.3e|%-10s|%10r|" % (-0.000123, "left", "r"), "%s" % None, "%r" % None, "%5s" % True)
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("%s %r %10s|" % (P(), P(), P()))
class I:
    def __index__(self):
        return 65
    def __int__(self):
        return 66
print("%x %c" % (I(), I()) if False else "%x" % I(), "%d" % 2**70, "%x" % -(2**70), "%o" % -8)
print("%s" % {"a": 1}, "%(x)s" % {"x": {"y": 1}}, "%s %%" % 5)
