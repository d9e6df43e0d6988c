class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return "pt"
    def __repr__(self):
        return "Pt(%d,%d)" % (self.x, self.y)
p = Pt(3, 4)
print("{0.x},{0.y} {0!r} {0}".format(p), "{p.x}".format(p=p))
d = {"a": [10, 20], "b": {"c": "deep"}}
print("{0[a][1]} {0[b][c]} {d[a]}".format(d, d=d))
print("{0[0]}{0[2]} {1[1]}".format("xyz", [5, 6]))
print("{} {} {}".format(*"abc"), "{2}{1}{0}".format(*"abc"), "{x}{y}".format(**{"x": 1, "y": 2}))
print("{:>{}}|{:<{}}|".format("r", 4, "l", 3), "{0:{1}{2}}".format(7, "0", "4"))
print("{!s:^7}|{!r:^7}|{!a}".format("é", "é", "é"))
print("{0:,d} {0:_b} {1:.3%} {2:g}".format(123456789, 0.45678, 1e-10))
print("{:c}{:c}".format(72, 105), "{:=+6d}".format(42), "{:#06x}".format(255))
for fmt, args in [("{", ()), ("}", ()), ("{0", (1,)), ("{0:", (1,)), ("{!}", (1,)), ("{0!x}", (1,)),
                  ("{0[}", ([1],)), ("{1}", (1,)), ("{}{0}", (1, 2)), ("{0}{}", (1, 2)), ("{a", ()),
                  ("{0.}", (p,)), ("{0.z}", (p,)), ("{0[9]}", ([1],)), ("{0[x]}", ({},)), ("{:>>>}", (1,)),
                  ("{0:{1}}", (1, "<x")), ("{0:d}", ("s",)), ("{0:.2s}", ("abcdef",)), ("{0:10}", (None,))]:
    try:
        print(repr(fmt.format(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("{{}} {{{0}}} }}".format(5), "x{}y".format(""), "{}".format([1, {}]))
print("{0}-{0}-{1}".format("a", "b"), "{:d}".format(True), "{:.1f}".format(True), "{:s}".format("t"))
print("{:*^11,}".format(1234567), "{:08.3f}".format(-3.14159), "{:+.0e}".format(12345))
print("%(a)s-%(a)r-%(b)05.1f" % {"a": "q", "b": 2.25}, "%-6d|%6.2s|" % (12, "abc"))
print("%s" % [1, 2], "%s" % (([1, 2],)), "%r" % ("x",), "%s%%" % 50, "%.3s" % "abcdef")
print("%x %X %#x %#o %e %E %g %G" % (255, 255, 255, 8, 1.5, 1.5, 0.00001, 1e20))
print("%5.1f%%" % 99.44, "%-8s|" % "ab", "%08.2f" % -1.5, "% d" % 5, "%+5d" % 3)
import string
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5], string.capwords("hello  big world"))
