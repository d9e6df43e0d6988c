vals = [0, 7, -42, 1234567, 2**40, -2**70]
for v in vals:
    print("[%s]" % "|".join([format(v, ","), format(v, "_"), format(v, "+>12,"), format(v, "=+12"),
                               format(v, "#x"), format(v, "#_b")[-12:], format(v, "^9")]))
for f in [0.0, -0.0, 1.5, -1234.5678, 1e-7, 12345678.9, float("inf"), float("nan")]:
    print("[%s]" % "|".join([format(f, ".2f"), format(f, ",.1f"), format(f, "e"), format(f, ".3g"),
                               format(f, "+010.2f"), format(f, ".0%") if f == f else "n", format(f, "g")]))
for s in ["", "a", "hello", "wide string here"]:
    print("[%s]" % "|".join([format(s, "<6"), format(s, ">6"), format(s, "^7"), format(s, "*^9"), format(s, ".3"), format(s, "-<8.2")]))
print(format(True, ""), format(True, "d"), format(False, ">5"), format(None, ""), format(65, "c"), format(3, "08.3f"))
print(f"{'x':=^11}", f"{3.14159:{'>'}{10}.{3}}", f"{42:#o}", f"{255:#X}", f"{-0.5:.0f}", f"{0.5:.0f}", f"{1.5:.0f}")
print(f"{12345:,d}", f"{1e6:,.2f}", f"{-1e6:_.0f}", f"{0.000123:.2e}", f"{123456789:.3e}")
print(f"{'%d' % 5:>4}", f"{[1, 2]!r:>10}", f"{'q'!r}", f"{'é'!a}", f"{3!s:>3}")
for bad in [("x", "d"), (1.5, "d"), (1, "s"), ("s", ","), (5, ".2s"), (1, "=x"), (None, "d"), ("a", "="), (2, "c,")]:
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(format(1e300 * 10, ">8"), format(-1e-320, ".3"), format(2 ** 0.5, ".17g"), format(100.0, "g"), format(1e16, "g"))
print("{:>{w}.{p}f}|{:<{w}}|".format(3.14159, "ab", w=8, p=2), "{0:{1}}".format(7, "03"))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:n}".format(1234), "{:G}".format(1e-10), "{:E}".format(12.5))
print(format(10**20, "e"), format(10**20, ".2f"), format(-5, "x"), format(-5, "#o"), format(5, "+b"))
