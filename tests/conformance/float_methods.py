# float's methods: as_integer_ratio, hex, fromhex, is_integer, real, imag,
# conjugate, on the corner cases of IEEE doubles; plus range.index and `in`
# on a range with a negative step.
r = range(10, 0, -3)
print(list(r), 4 in r, 5 in r, 10 in r, 0 in r, 1 in r)
print(r.index(7), range(0, 20, 5).index(15))
try:
    r.index(5)
except ValueError as e:
    print("ValueError:", e)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), 0.5.hex(), (-0.0).hex(), float.fromhex("0x1.8p1"))

values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1e308, 1.7976931348623157e308, 2.0 ** 52, 2.0 ** 53 + 2, 1e22, 123456789.0, 2.0 ** 1000, 1e-300, 3.75]
for x in values:
    n, d = x.as_integer_ratio()
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), n, d, n / d == x, h, back == x, str(back)[:1] == str(x)[:1], x.is_integer(), x.real, x.imag,
          x.conjugate())
for x in [float("inf"), float("-inf"), float("nan")]:
    print(x.hex(), x.is_integer(), x.real, x.imag, x.conjugate())
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

texts = ["0x1p0", "0X1P0", "1", "  0x1.8p1\n", "-0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x3p-1076", "0x1p-1076",
         "0x1.fffffffffffffp1023", "0x1.fffffffffffff7ffp1023", "0x.8", "0x1.", "a.bP+3", "inf", "-Infinity",
         "nan", "+NaN", "0x0p99999999999999999999", "0x1p-99999999999999999999", "0x1.00000000000008p0",
         "0x1.00000000000018p0", "0x1.000000000000080000001p0", "ffffffffffffffffffffff", "0x0.0000000000001p-1022",
         "-0x0p0", "0x123456789abcdefp-10"]
for t in texts:
    v = float.fromhex(t)
    print(repr(t), repr(v), v.hex())
bad = ["", "0x", "0x.p1", "0x1_0p1", "0x1p+", "0x1p", "1.5e3", "0xg", "in", "infinit", "0x1p1 x", "--1", "0x 1"]
for t in bad:
    try:
        float.fromhex(t)
    except ValueError as e:
        print(repr(t), "ValueError:", e)
for t in ["0x1p1024", "0x1.fffffffffffff8p1023", "-0x1p99999", "0x10p1020"]:
    try:
        float.fromhex(t)
    except OverflowError as e:
        print(repr(t), "OverflowError:", e)


class F(float):
    pass


f = F(2.5)
print(type(f.real).__name__, type(f.conjugate()).__name__, f.real, f.imag, f.as_integer_ratio(), f.hex())
g = F.fromhex("0x1.4p3")
print(type(g).__name__, g, type(float.fromhex("0x1p0")).__name__)
print(type((1.5).real) is float, (1.5).real is not None, (-2.0).conjugate(), (1e300 * 1e10).real)
for call in [lambda: (1.0).hex(1), lambda: (1.0).as_integer_ratio(2), lambda: (1.0).conjugate(3),
             lambda: float.fromhex(), lambda: float.fromhex(1), lambda: (1.0).is_integer(0)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
