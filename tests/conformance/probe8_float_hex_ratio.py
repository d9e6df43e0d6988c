for x in (0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.0**-1022, float("inf"), float("-inf"), float("nan"), 3.0, 1/3):
    print(repr(x), x.hex(), x.is_integer())
for s in ("0x1p0", "0x1.8p1", "-0x.8p-1", "0X1P+4", " 0x1.fffffffffffffp1023 ", "inf", "-Infinity", "nan", "0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "1", "0x10"):
    print(repr(s), float.fromhex(s))
for s in ("0x1p1024", "0x", "", "1e5", "0xg"):
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in (0.5, -0.75, 0.1, 3.0, 1e-3, 2.0**60):
    print(x, x.as_integer_ratio())
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print(float.fromhex(1.5.hex()) == 1.5, (0.1).hex())
for x in (1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, 1e22, 1e21, 9.999999999999999e22, 2.5e-5, 100.0, 1234.5678e10):
    print(repr(x), str(x), "%s" % x, "%r" % x, "{}".format(x))
print(float("  -1_000.5 "), float("1e-400"), float("-1e400"), float("+.5"), float("5."))
for s in ("1__0", "_1", "1_", "0x10", "1e", "--1", "in f", "", "nan(1)"):
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
print(float(True), float(2**53 + 1), int(1e20), int(-2.9), int(2.9))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53), 10**400 > 1e308, -10**400 < float("-inf"))
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1e308 * 10, -1e308 * 10, 1.0 / 3)
