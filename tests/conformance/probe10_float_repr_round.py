vals = [0.1, 1/3, 1e16, 1e-5, 123456789012345678.0, 1e22, 1e23, 5e-324, 2.5, -0.0, float("inf"), 1.0, 100.0, 0.000123, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), "%g" % v, "%.3e" % v, format(v, ".2f"))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(1234, -5), round(5, 0), type(round(5.5)).__name__, type(round(5.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(1e300, -300), round(0.5e-300, 300))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("nan"), 2), round(float("inf"), 2))
print(float("1_000.5"), float(" -1e3 "), float("nan") != float("nan"), float("-inf"), float("InFiNiTy"))
try:
    float("1__0")
except ValueError as e:
    print("ValueError", e)
print((2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer(), (-0.0).hex())
