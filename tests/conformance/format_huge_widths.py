# Widths, precisions and tab sizes beyond what CPython keeps in a C integer:
# %-format keeps the width in a Py_ssize_t and the precision in a C int,
# '*' takes them from the arguments, str.format refuses long digit runs,
# expandtabs takes a C int (bytes say "prec", str "precision").  Each is an error before anything is allocated.
cases = [
    lambda: "%6666666666666666666666666s" % "x",
    lambda: b"%6666666666666666666666666s" % b"x",
    lambda: "%9223372036854775808d" % 5,
    lambda: "%.6666666666666666666666666s" % "x",
    lambda: b"%.2147483648d" % 5,
    lambda: "%.2147483648f" % 1.5,
    lambda: "%(k)99999999999999999999d" % {"k": 1},
    lambda: "%*s" % (10**20, "x"),
    lambda: "%.*s" % (10**20, "x"),
    lambda: b"%.*d" % (2**31, 5),
    lambda: "%.*s" % (-2**40, "x"),
    lambda: "{:6666666666666666666666666}".format(1),
    lambda: format("x", ".99999999999999999999"),
    lambda: f"{1:{10**20}}",
    lambda: "\tx".expandtabs(2**62),
    lambda: b"\tx".expandtabs(-2**31 - 1),
]
for i, case in enumerate(cases):
    try:
        print(i, repr(case()))
    except (ValueError, OverflowError, TypeError) as e:
        print(i, type(e).__name__, e)
# ordinary widths still work, with every fill
print(repr("%5s|%-5s|%05d|%+.3f|%-6x|" % ("a", "b", 42, 2.5, 255)))
print(repr(b"%5s|%-5s|%05d" % (b"a", b"b", -42)))
print(repr("%.*s|%*d" % (2, "abcdef", -6, 7)))
print(repr("ab".center(9, "\u00e9")), repr("x".ljust(5, "\u20ac")), repr("-5".zfill(6)))
print(repr(b"ab".center(7, b"*")), repr(b"-5".zfill(6)))
print(repr("a\tbc\n\tde\tf".expandtabs(3)), repr(b"a\tbc\n\tde".expandtabs(tabsize=4)))
