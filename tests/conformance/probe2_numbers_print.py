# Probing program (issue 13, round 2): int and float arithmetic, rounding, division and printing
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, 2))
print(7 / 2, -7 / 2, 1 / 3, 2 / 3, 10 / 5, type(10 / 5).__name__)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 1e16 + 1, 2 ** 0.5, 10 ** -2)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5))
print(round(5), type(round(2.5)).__name__, round(2.5, 0), type(round(2.5, 0)).__name__)
print(int(3.9), int(-3.9), int("  42 "), int("-0"), int("1_000"), int("ff", 16), int("0b101", 0))
print(float("1e3"), float(" -inf "), float("nan") == float("nan"), float(10), float("1_0.5"))
print(2 ** 100, -2 ** 2, (-2) ** 2, 2 ** -1, pow(2, 10, 1000), pow(3, -1, 7))
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 3, (10 ** 20) / 3)
print(abs(-5), abs(-0.0), abs(-2 ** 70), max(1, 2.0), min(-0.0, 0.0), max(0.0, -0.0))
print(1e300 * 1e10, -1e300 * 1e10, 1e-320, 5e-324, 1.7976931348623157e308)
print(1 << 70, -1 >> 3, 5 & -2, ~5, 6 ^ 3, 0xff | 0x100)
print(True + True, True * 3.5, -True, int(True), 3 == 3.0, hash(3) == hash(3.0))
print(1e5, 1e15, 1e16, 1.5e-5, 0.0001, 0.00001, 123456789012345678.0)
print(float(2 ** 53 + 1), int(1e20), int(-1e-5), 3.0 .is_integer(), (0.5).as_integer_ratio())
print(repr(1.0), str(1.0), repr(-0.0), 100.0, 1234567.0, 12345678901234567890.0)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print((-8) ** (1 / 3) if False else "skip", 0 ** 0, 0.0 ** 0, pow(0, 0))
print(sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []), sum((1.5, 2)), sum([], 10))
print(hex(255), oct(8), bin(5), hex(-1), int.bit_length(255), (1023).bit_count())
print(format(1234.5678, ".2f"), format(0.000012345, ".3g"), format(1e21, "f")[:6], "%.3e" % 12345)

