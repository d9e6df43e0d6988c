# Probing program (issue 13, round 3): integer operations at their edges
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, -7), pow(0, 0), pow(0, 0, 1))
for args in [(2, -1, 4), (3, 2, 0), (2, 1.5, 3), (2.0, 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, divmod(-7, 2), divmod(7, -2), divmod(-2**70, 3))
print(-7.5 // 2, -7.5 % 2, 7.0 % -3, 5 % 0.75, -0.0 % 1.0)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(2 ** -2, (-8) ** (1 / 3) if False else (-2) ** -1, 10 ** -3, (-1) ** 0.5 if False else 4 ** 0.5)
print(-1 >> 100, -(2**100) >> 99, 1 << 100 >> 100, ~(2**64), -(2**64) & 0xFFFF, (2**70) ^ -1, -5 | 2**66)
print((2**64).bit_length(), (-(2**64)).bit_length(), (255).bit_count(), (-1).bit_count(), 0 .bit_length())
print(int("-0x1F", 16), int("0b101", 0), int("  42  "), int("1_000"), int("z", 36), int("-0"), int(-3.9), int(3.9))
for s, base in [("0x", 16), ("1__0", 10), ("", 10), ("12", 1), ("9", 8), ("_1", 10), ("1e3", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
print(abs(-2**63), -(-2**63), (2**63) - 1 + 1, 7 .__floordiv__(2) if False else 7 // 2, True + True, -True, ~True)
print(hex(-255), oct(-8), bin(-5), hex(2**64), format(-255, "x"))
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), round(5, 3))
print((10**30) // 7, (10**30) % 7, -(10**30) // 7, (10**30) / 7, 2**1000 / 2**999)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(float(2**1023), 10**15 == 1e15, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
