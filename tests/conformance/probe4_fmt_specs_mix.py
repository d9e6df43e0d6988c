rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 12.0, 1)]
for name, price, qty in rows:
    print(f"{name:<12}|{price:>8.2f}|{qty:^5d}|{price * qty:+09.3f}")
print("%-10s|%6.1f|%05d|%x|%o|%e" % ("pear", 2.345, 42, 255, 8, 12345.678))
print("{:,}".format(1234567890), "{:_}".format(1234567), "{:_x}".format(0xdeadbeef))
print(format(3.14159, ".3g"), format(0.000012345, "g"), format(1e20, "g"), format(123456789.0, ".4e"))
print(format(0.5, "%"), format(1 / 3, ".1%"), format(-0.0, "f"), format(-0.0, "+.1f"))
print(f"{42:#b} {42:#o} {42:#x} {42:#X} {-42:08b} {42:c}")
print(f"{'x':*^9} {'left':_<8} {'r':>4}")
print(f"{3.0:g} {3.0:.0f} {2.5:.0f} {3.5:.0f} {1e16:g} {1.5e-7:g}")
print(f"{12345.6789:,.2f} {-1234.5:=+12,.1f} {7:=5}")
print("{0}{1}{0}".format("ab", "cd"), "{a}-{b}".format(a=1, b=[2]))
print("{0!r:>8} {0!s:<6}|".format("hi"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("%(x)s and %(y)r" % {"x": "one", "y": "two"})
print("%5s|%-5s|%.2s" % ("ab", "cd", "efgh"))
print("%c%c" % (65, "b"), "%%", "%i %u" % (3, 4))
print("%+d % d %+.2e" % (5, 7, 0.000123))
print(f"{True:d} {True} {None!r} {1.0!s}")
print(f"{10**20:e} {2**0.5:.15f}")
print(format(1234, "010,d"), format(-5, "x"), format(255, "08X"))
for bad in ["{:d}".format, "{:x}".format]:
    try:
        print(bad(1.5))
    except ValueError as e:
        print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, ",s")
except ValueError as e:
    print("ValueError:", e)
print(f"{'nested {}':>{5 + 5}}", f"{{literal}}", f"{3!r:>4}")
