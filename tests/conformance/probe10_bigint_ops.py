a = 2 ** 200 + 12345
b = -(3 ** 120)
print(a, b)
print(a + b, a - b, a * b)
print(a // 7, a % 7, b // 7, b % 7, divmod(b, -(10 ** 20)))
print(a >> 100, b >> 100, a << 3, b & 0xFFFF, a | b, a ^ b, ~b)
print(a.bit_length(), b.bit_length(), (0).bit_length(), (-1).bit_length(), a.bit_count(), b.bit_count())
print(abs(b), -a, +b, a == a + 0, a > b, hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100))
print(int(str(a)) == a, int(-1.5e20), int(1e20), float(a), 10**50 / 3, (10**50) // 3)
print(a.to_bytes(30, "big")[:4], int.from_bytes(b"\xff\xfe", "little"), int.from_bytes(b"\xff", "big", signed=True), (-129).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(round(a, -50), round(b, -3), pow(a, 2, b), (a * a).bit_length())
print(str(10 ** 100)[:5], len(str(7 ** 500)), hex(a)[:10], oct(b)[:8], bin(-5))
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print(int.__name__, (5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate(), (-5).__abs__())
