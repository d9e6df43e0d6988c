import sys
big = 3 ** 200
print(big, len(str(big)), big.bit_length(), big % 1000007, big // 10**90)
print(-big // 7, -big % 7, divmod(-big, -13), (-big) >> 300, big & 0xFFFF)
print(format(big, ",")[:23], format(big, "x")[:16], format(-big, "_o")[:12])
print(f"{2**64:_d} {-2**64:+,} {2**64:#b}"[:60])
print(int(str(big)) == big, int("-" + "9" * 50) + 1, int("1" * 40, 2), int("Z" * 20, 36))
print(abs(-big) == big, -(-big) == big, big == float(big), big < float("inf"), 2**1023 * 2 > 1e308)
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2**1024 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(2**1024 // 2**1000, 2**1024 / 2**1020, 10**30 / 10**10, (10**30 + 1) / 10**30)
print(7 ** 77 % 10**9, pow(7, 77, 10**9), pow(123456789, 10**6, 10**9 + 7), round(big, -95) // 10**95)
print(sum(range(10**6)), sum(x * x for x in range(1000)), 2**64 * 2**64 == 2**128)
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100) == hash(2**100 % (2**61 - 1)))
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:80])
print(sys.get_int_max_str_digits(), len(str(10**4299)))
try:
    str(10**4300)
except ValueError as e:
    print("ValueError:", str(e)[:80])
print(int("0" * 5000) if False else "skip", hex(10**100)[:20], oct(-10**40))
print((2**100).to_bytes(13, "big")[:3], int.from_bytes(b"\xff" * 20, "little") == 2**160 - 1)
fact = 1
for i in range(1, 40):
    fact *= i
print(fact, fact % 2**32, fact // 2**100, fact.bit_count())
print(bool(big), big > -big, -big < 0 < big, max(big, 2**317), min([-big, 0, 1]))
print((-7) // 2, (-7) % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, 0 // -5, -0 % 5)
print(10**20 // 3, -(10**20) // 3, 10**20 % -3, divmod(10**20, 10**10 + 1))
