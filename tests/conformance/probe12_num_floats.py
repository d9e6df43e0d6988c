vals = [0.1 + 0.2, 1/3, 2/3, 1e16, 1e-5, 1e-4, 123456789012345678.0, 1e22, 1e23, -0.0, 5e-324, 1.7976931348623157e308, 0.5, 2.5, float("inf"), float("-inf"), 100.0, 1e15, 1e16 + 1]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3g}", f"{v:e}", f"{v:.2f}" if v == v and abs(v) != float("inf") else f"{v:f}")
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(12345, -2), round(-0.5), round(0.5))
print(round(1234.5678, -2), round(1234.5678, 1), type(round(1.5)), type(round(1.5, 0)))
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 // 2, -7.5 % 2, divmod(-7, 2), divmod(7.5, -2))
print(2 ** -1, 2 ** 0.5, (-8) ** (1/3) if False else None, 0 ** 0, 0.0 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
print(10 / 4, 10 / 5, type(10 / 5), 1e308 * 10, -1e308 * 10)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    2.0 ** 10000
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
print(float("1e500"), float(" -12.5 "), float("nan") == float("nan"), float("1_000.5"))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (0.5).hex(), float.fromhex("0x1.8p1"))
print(int("  42  "), int("0x1f", 16), int("0b101", 0), int("z", 36), int("1_000"), int(3.99), int(-3.99))
try:
    int("4.5")
except ValueError as e:
    print("ValueError", e)
print(abs(-0.0), -0.0 == 0.0, str(-0.0), 1.0 == 1, hash(1.0) == hash(1), hash(-1), hash(-2))
print(max(1, 2.0), min(2.0, 2), sum([0.1] * 10), sum([1, 2], 0.5))
print(f"{3.14159:10.4f}|{-3.14159:<10.2f}|{42:^10}|{42:x}|{42:#o}|{42:#b}|{3e9:,.0f}|{0.000123:.2e}")
print(f"{1234.5:_.1f}|{12:+d}|{-12: d}|{12: d}|{'s':>3}|{5:03}|{-5:04}|{1.5:%}|{float('nan'):5}")
