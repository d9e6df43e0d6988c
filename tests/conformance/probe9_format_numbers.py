vals = [0, 7, -7, 255, 1234567, -0.0, 1.5, -2.25, 1e16, 1e-5, 123456.789]
for v in vals:
    print(repr(v), format(v, ""), format(v, ">10"), format(v, "^+9"), format(v, "08") if v == v else "")
print(format(255, "x"), format(255, "#X"), format(255, "#o"), format(255, "#b"), format(-255, "#x"))
print(format(1234567, ","), format(1234567, "_"), format(255, "_x"), format(0xffffffff, "_b"))
print(format(1.0, "g"), format(1e20, "g"), format(1.5e-7, "g"), format(0.0001, "g"), format(123.456, ".2g"))
print(format(1.0, "e"), format(-1.5, ".0e"), format(3.14159, ".3f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(0.5, "%"), format(0.125, ".1%"), format(1e300 * 1e10, "f"), format(-1e300 * 1e10, "e"))
print(format(float("nan"), "+f"), format(12, "n"), format(1.5, "n"), format(12.0, "#g"), format(12.0, "#.0f"))
print(format(True, "d"), format(True, ""), format(False, ">5"), format(5, "c"), format(3, "=+5"))
print("{:*^11.3f}".format(3.14159), "{:+.2e}".format(12345.678), "{0:{1}{2}}".format(42, ">", 6))
print("%5.1f|%-8.3e|%g|%G|%#x|%+d|% d" % (3.14159, 1234.5, 1e-5, 1e-5, 255, 5, 5))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234, -2), round(1250, -2), round(1.25, 1))
print(int("0x1f", 16), int("0b101", 0), int(" 42 "), int("1_000"), float(" 1e3 "), float("-inf"), float("1_0.5"))
for bad in ("1__0", "0x", "", " "):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(5, "s")
except ValueError as e:
    print(e)
try:
    format(5, ",_")
except ValueError as e:
    print(e)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, (-8) ** (1 / 3) if False else 0)
print(float.fromhex("0x1.8p1"), (0.1).hex(), (255).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else 1, (10).to_bytes(2, "little"))
