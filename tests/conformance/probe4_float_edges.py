vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789012345678.0, 0.1 * 3, 1e22, 1e23, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), v.is_integer())
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(3.14159, 3), type(round(2.5)), type(round(2.5, 0)))
print(7 // 2, -7 // 2, 7 // -2, 7 % -2, -7 % 2, 7.5 // 2, -7.5 // 2, -7.5 % 2)
print(divmod(7, -3), divmod(-7.5, 2), divmod(1e300, 1e-300)[0] > 0)
print(float("inf"), -float("inf"), float("nan") == float("nan"), float("-inf") < -1e308)
inf = float("inf")
nan = float("nan")
print(inf - inf, inf * 0, nan != nan, [nan] == [nan], nan in [nan])
print(int(2.9), int(-2.9), int(1e18), int(-0.0), float(10**20), float("  -1.5e3 "))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"), (0.0).hex())
print(2 ** -1, 2 ** 0.5, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3), 10 ** -2)
print(1e308 * 10, -1e308 * 10, 1.0 / 3.0 * 3.0 == 1.0)
for bad in ["abc", "1.2.3", "", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(inf), hash(-inf))
print(max(1, 1.0), min(0.0, -0.0), sorted([3, 1.5, -2, 0.0, True]))
print(sum([0.1] * 10), sum([1, 2.5]), abs(-0.0), -0.0 == 0.0)
print(f"{1e-5!r} {1e-4!r} {1e15!r} {1e16!r} {float(2**53)!r} {float(2**53 + 1)!r}")
print(3 * 1.1, 1.1 + 2.2, 100 * 1.1, 0.1 ** 2)
