# float repr, round, and the float/int boundary.
vals = [0.1, 0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        123.456, 0.30000000000000004, 9007199254740993.0, 1/3, 2/3, 100.0, 1e15, 1e16, 1.5e-5]
for v in vals:
    print(repr(v), str(v), round(v), round(v, 2), round(v, -1), f"{v:.17g}")
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(-2.5))
print(round(1234.5678, -2), round(1234.5678, -5), round(5, -1), round(15, -1), round(25, -1), round(-25, -1))
print(round(2.5, 0), type(round(2.5, 0)), type(round(2.5)), round(7, 3), type(round(7.0, None)))
print(int(2.9), int(-2.9), int(1e20), float(2**53 + 1), float("  -1.5e3  "), float("inf"), float("-nan"))
print(float("1_000.5"), int("1_000"), int("  12 "), int("0x1f", 16), int("0b101", 0), int("z", 36))
for bad in ["1.5.2", "", "1__0", "_1", "infinity!", "0x10"]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.0 == 1, hash(1.0) == hash(1), hash(0.5))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 5 % -0.0 if False else "skip")
print(2 ** -1, 2 ** 0.5, (-8) ** (1 / 3) if False else "", 10 ** -2, 4 ** 0.5, pow(2.0, 3))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(max(1, 1.0), max(1.0, 1), min(-0.0, 0.0), sorted([3, 1.5, 2, -0.0, 0]))
print(1e-320, 2.2250738585072014e-308, 4.9e-324 / 2, 1.0000000000000002, 0.9999999999999999)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
