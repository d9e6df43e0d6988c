import math
f = math.factorial(50)
print(f, len(str(f)), f.bit_length(), f % 1000007)
n = 2 ** 200 - 1
print(n, hex(n)[:20], oct(n)[-5:], bin(n).count("1"))
print(n // 3, n % 97, divmod(-n, 12345))
print(-(2 ** 100) // 7, (-(2 ** 100)) % 7, -(2 ** 100) >> 3, (2 ** 100) << 5, ~(2 ** 70))
print((2 ** 64) & 0xFFFF_FFFF_FFFF_FFFF, (2 ** 64 - 1) ^ (2 ** 63), (2 ** 65) | 1)
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "big"), (10 ** 20).to_bytes(9, "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(math.gcd(2 ** 64, 6 ** 30), math.isqrt(10 ** 40 + 1), math.comb(100, 50), math.perm(10, 3))
print(pow(7, 10 ** 18, 10 ** 9 + 7), 10 ** 30 / 10 ** 10, 10 ** 30 // 10 ** 10, float(10 ** 30))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) == float("inf"), 10 ** 400 > 1e308)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(abs(-(2 ** 90)), (2 ** 90).bit_count() if hasattr(int, "bit_count") else 1)
print(sorted([10 ** 20, -5, 3.5, 2 ** 64, -(10 ** 19)]))
print(int("9" * 50) + 1, str(-(10 ** 25)), f"{2 ** 70:,}", f"{2 ** 70:x}", "%d" % (3 ** 50), "%x" % (2 ** 80))
print(round(10 ** 20 + 7, -3), round(123456789123456789, -5), (10 ** 20) * 1.0, 3 ** 40 == 3.0 ** 40)
print(True + True, True * 10, False - 1, int(True), -True, ~True, True << 3, isinstance(True, int))
x = 1
for i in range(1, 30):
    x *= i
    x ^= i << 40
print(x)
