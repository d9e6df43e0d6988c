vals = [0.5, 0.1, -2.75, 1e22, 3.0, 1/3, 2.0**-1074, 1.7976931348623157e308]
for v in vals:
    print(repr(v), v.hex(), v.as_integer_ratio()[1].bit_length(), v.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
for x in [2.5, 3.5, -2.5, 0.125, 2.675, 1.005, 1234.5678]:
    print(round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -2))
print(type(round(2.5)), type(round(2.5, 0)), round(-0.4), round(-0.0, 1))
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, inf > 1e308, -inf < -1e308, inf - inf)
print(sorted([3.0, -inf, 1.5, inf, 0.0, -0.0]))
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
print(float("  -1.5e3  "), float("1_000.5"), float("-iNF"), float("nan") is nan)
try:
    float("1.2.3")
except ValueError as e:
    print("ValueError:", e)
print(0.1 + 0.2, 0.1 * 3, 1e16 + 1, 2 ** 0.5, 10 / 4, 7.0 // 2, -7.0 // 2)
print(1e-7, 1e16, 1.5e-5, 123456789012345678.0, 0.0001, 1e21, 1e20)
print(float(2**53 + 1), int(1e18), float(10**30))
print(abs(-0.0), -0.0 == 0.0, str(-0.0), (-0.0).hex())
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), 7.5 % -2, -7.5 % 2)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(inf), hash(-inf))
print(max(1, 1.0), min(1.0, 1), max([0.0, -0.0]), 3 * 1.1)
