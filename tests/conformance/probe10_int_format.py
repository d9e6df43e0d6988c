for n in [0, 7, -7, 255, -255, 10**20, -10**20]:
    print(format(n, "b"), format(n, "#o"), format(n, "#X"), format(n, ","), format(n, "_"), format(n, "+08d"), format(n, "^12"), format(n, "=+10"))
print(format(1234567, "_x"), format(1234567, "_b"), format(255, "#010b"), format(65, "c"), format(-5, " d"), format(5, " d"))
print(format(10, "e"), format(10, ".2%"), format(10, "g"), format(10, "n"), format(True, "d"), format(True, ""), format(True, "5"))
for spec in ["s", ",c", ".2d", "#c", "_n", "z"]:
    try:
        print(spec, format(42, spec))
    except ValueError as e:
        print(spec, "ValueError", e)
print("%x %o %X %#x %#o %5d|%-5d|%05d %+d %c" % (255, 8, 255, 255, 8, 42, 42, 42, 5, 65))
print("%d" % 3.9, "%i" % -2.1, "%s %r %a" % ("é", "é", "é"), "%%", "%.3s" % "abcdef", "%*d" % (5, 3), "%-*d|" % (4, 1))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
try:
    "%c" % 1114112
except OverflowError as e:
    print("OverflowError", e)
print(int("0x1f", 16), int("0b101", 0), int("  12  "), int("1_000"), int("-0o17", 0), int("z", 36), int(b"42"))
for bad in ["", "1.5", "0x", "1__0", "_1"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print("ValueError", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError", e)
