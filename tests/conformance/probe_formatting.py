# Probing program (issue 13): %-formatting, format() and f-string specs and errors
print("%5.2f|%-6d|%+d|%x|%o|%e|%g" % (3.14159, 42, 5, 255, 8, 12345.678, 0.00001))
print("%s %r %a" % ("é", "é", "é"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7})
print("%c%c" % (65, "b"), "%%", "%5s|%-5s|" % ("ab", "cd"))
print("%.3s" % "abcdef", "%*d" % (5, 3), "%#x %#o" % (255, 8))
for bad in [("%d", "a"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1000000000)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(255, "08b"), format(-3, "+05d"))
print(f"{3.0:g} {1e16:g} {1.5e-7:g} {100:e} {0.1:.20f}")
print(f"{'s':*^9} {12:_} {12345678:_x} {-0.0:f} {-0.0:+}")
print(repr(format(3, "")), format("abc", ".1"), format(True, "d"), format(True, ""))
for spec in ["=5", "d", ",s", "x"]:
    try:
        print(format("s", spec))
    except ValueError as e:
        print("VE", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("VE", e)
try:
    format(1, "s")
except ValueError as e:
    print("VE", e)
