print(True + True, True * 3, -True, ~True, True / 2, True // 2, True ** 0, True & False, True | 2, True ^ True)
print(repr(True & True), repr(True | False), type(True ^ False).__name__, type(True + 0).__name__)
print(int(True), float(False), str(True), bool(0.0), bool(-0.0), bool("False"), bool([0]), bool(()))
print(isinstance(True, int), type(True) is bool, True == 1, hash(True), hash(False))
print(sum([True, True, False]), max(True, 2), sorted([True, 0, -1, False]), [1, 2][True])
print(int("  42  "), int("-0"), int("+7"), int("0x1f", 16), int("0o17", 0), int("1_0"), int(" 1_000 "))
print(int(3.99), int(-3.99), int("101", 2), int("Z", 36), int(True), int(7.0))
print(7 // 3, -7 // 3, 7 % 3, -7 % 3, 7 % -3, -7 % -3, divmod(-7, 3), divmod(7, -3))
print(2 ** 10, 2 ** -2, (-2) ** 3, (-2) ** 2, -2 ** 2, 0 ** 0, pow(0, 0), 10 ** 0)
print(1 / 1, 6 / 3, 7 / 2, -7 / 2, 1 / 3, 2 / 3 * 3, 10 / 4)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, -5 >> 1, -5 << 3, ~-1, -1 & 0xff)
print(abs(-7), abs(0), (17).bit_length(), (0).bit_length(), (-1).bit_length(), (255).bit_count())
print((10).__add__(5), (10).__radd__(1), (3).__mul__("x"), (3).__truediv__(2), int.__floordiv__(7, 2))
print(round(7), round(7, 2), round(15, -1), round(25, -1), round(-15, -1), round(149, -2))
print(max(-0, 0), 0 == -0, (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big"), (1).as_integer_ratio(), (-3).is_integer() if hasattr(int, "is_integer") else "n/a")
print(bin(-10), hex(-255), oct(-8), bin(0), format(-10, "b"), format(10, "#010b"))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True, 2 != 2.0, 0 < True)
print(int.__name__, bool.__bases__, bool.__mro__ == (bool, int, object), int.__mro__)
for bad in [lambda: int("1.5"), lambda: int("0x1f"), lambda: int("ff", 16.0), lambda: int("", 0),
            lambda: 10 ** -1 // 0, lambda: 5 >> -1, lambda: int("9" * 5000), lambda: bool(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", str(e)[:70])
x = 10
x //= 3
x **= 3
x %= 7
x <<= 2
x |= 1
x ^= 5
x >>= 1
print(x)
print(sorted([3, True, 2.5, False, -1]), [i for i in range(-3, 3) if i], list(map(bool, [0, 1, -1])))
