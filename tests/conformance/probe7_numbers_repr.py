# int/float repr, round, conversions
vals = [1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.1 + 0.2, 1e22, 1.0, -0.0,
        float('inf'), 2.5e-320, 1/3, 100.0, 1e300 * 10]
print([repr(v) for v in vals])
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(5, 0), round(5.0, 0), round(7, -5))
print(round(1e300, -300), round(1.5, None), type(round(1.5)), type(round(1.5, 0)))
print(int('  12  '), int('0x1f', 16), int('1_000'), int('0b101', 0), int('-0o17', 0), int('z', 36))
print(float('1_0.5'), float('  -1e3 '), float('inf'), float('-NaN'), float('.5'), float('5.'))
for bad in ('1__0', '0x', '', ' ', '1.5', '٣'):
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    int('12', 1)
except ValueError as e:
    print("ValueError", e)
try:
    float('abc')
except ValueError as e:
    print("ValueError", e)
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (-8).bit_length())
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7.5 % -2, -7.5 // 2, divmod(-7.5, 2))
print(int(-2.5), int(2.9), int(-0.0), int(1e20), int(True))
print(2 ** -1, 2 ** 0.5, (-2) ** 2, -2 ** 2, 10 ** 20, 0 ** 0, 0.0 ** 0)
print(7 / 2, 6 / 3, 1 / 7, 1e308 * 10, -1e308 * 10)
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError", e)
print(hex(255), oct(-8), bin(5), hex(-0), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(abs(-3), abs(-3.5), abs(True), max(1, 2.0), min(2.0, 2), 3 == 3.0, hash(3) == hash(3.0))
print(1e16 == 10**16, 2**53 + 1 == float(2**53 + 1), float(2**53 + 1))
print(str(1.0e-10), str(123e5), repr(1.5e200), 5e-324, 1.7976931348623157e308)
