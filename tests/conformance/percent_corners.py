# %-formatting corners found by the differential fuzzer: only a bare %%
# is a literal (with flags, width or precision '%' is a conversion that
# takes an argument and is then unsupported), a negative '*' precision
# is 0, a '*' precision must fit a C int, and precisions are not capped
# for ints (also big ones) or floats.
cases = [
    ("<%5%>", (1,)), ("<%5%>", ()), ("<%-%>", ()), ("<%.2%>", (1,)), ("<%%>", ()), ("<%*%>", (3,)),
    ("<%-5.2%>", ()), ("%z", ()), ("%z", (1,)), ("%(a)%", {"a": 1}), ("%(a)z", {"a": 1}), ("%%%s", (1,)),
    ("<%.*s>", (-1, "abc")), ("<%+5.*s>", (-1, 1e10)), ("<%*s>", (-3, "a")), ("<%.*d>", (-2, 5)),
    ("<%5.*f>", (-3, 2.5)), ("<%-*d|", (-4, 7)),
    ("<%.80d>", (1,)), ("<%.*X>", (90, 3 ** 50)), ("<%.30x>", (2 ** 70,)), ("<%#.30o>", (2 ** 70,)),
    ("<%.40d>", (-2 ** 70,)), ("<%+.75i>", (12,)),
    ("<%.*c>", (2 ** 31, 65)), ("<%*.*s>", (5, 2 ** 31, "a")), ("<%0 12.*c>", (2147483648, -1)),
    ("<%.*s>", (-2 ** 31, "ab")), ("<%.*s>", (-2 ** 31 - 1, "ab")),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(len("%.320f" % 1.5), ("%.320f" % 1.5)[-3:], len("%.300f" % 1e300), ("%.300f" % 1e300)[:5])
print("%.100e" % 1.5)
print("%.120g" % 0.1)
print("%f %.3e %g %F %+f %f %.0f" % (-0.0, 1e300, float("nan"), float("inf"), float("-nan"), -1.5, 2.5))
