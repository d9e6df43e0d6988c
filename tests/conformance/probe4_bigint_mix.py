a = 2 ** 100
b = 3 ** 60
print(a, b, a * b, a // b, a % b, -a // b, -a % b)
print(divmod(a, -b), divmod(-a, -b))
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length(), b.bit_length())
print(hex(a), oct(b), bin(2 ** 70 + 5))
print(int("1" * 30), int("-0x" + "f" * 20, 16), int("z" * 10, 36), int("0b1010", 0))
print(int("1_000_000_000_000_000_000_000"), 10 ** 25 == int("1" + "0" * 25))
print(a >> 90, a << 10, -a >> 99, -1 >> 1000, 1 << 100 == a)
print(a & (b - 1), a | 1, a ^ (a - 1), ~a)
print(pow(2, 200, 10 ** 9 + 7), pow(3, -1, 7), pow(a, 0), pow(-2, 101))
print(abs(-a) == a, -(-a) == a, +a == a, a == float(a), a + 0.5)
print(float(10 ** 300), 10 ** 300 / 10 ** 299, (10 ** 400) // (10 ** 399))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 64))
print(str(12345678901234567890123456789)[::-1])
print(sorted([a, -a, b, 0, 2 ** 64, -(2 ** 64)]))
print(f"{a:,}", f"{b:_x}", f"{a:e}", f"{-b:>50}", "%d" % a, "%x" % b)
print((2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\x01\x00", "little"), (255).to_bytes(2, "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(10 ** 30 + 7, 10 ** 15), (10 ** 30) % 7, -(10 ** 30) % 7)
x = 1
for i in range(1, 30):
    x *= i
print(x, len(str(x)), x % 1000003, sum(int(c) for c in str(x)))
print(max(a, b), min(a, b, key=lambda v: -v), a > b, a != a + 1)
print(True + 2 ** 64, (2 ** 64) * False, isinstance(a, int), type(a).__name__)
print(round(a, -29), round(123456789 ** 3, -10))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    a % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
