# repr and str of doubles where the shortest decimal is hard to find:
# every power of two (the rounding interval is narrower below), its
# neighbours, subnormals, the largest and smallest doubles, ties and
# integral values around 2**53, and the positional/scientific switch.
tiny = 5e-324
for e in range(-1074, 1024, 7):
    p = 2.0 ** e
    print(e, repr(p), repr(p * (1 + 2.0 ** -52)), repr(p * (1 - 2.0 ** -53)))
for k in range(1, 60):
    print(repr(tiny * k), str(tiny * k * 1000003))
for v in [1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
          9007199254740993.0, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 1e22, 1e23,
          1e16, 9999999999999998.0, 1e15, 123456789012345678.0, 0.0001, 0.00001,
          0.1 + 0.2, 1 / 3, 2 / 3, -0.0, 0.0, 100.0, 1e100, 5e-310, -1.5e-7]:
    print(repr(v), str(v), repr(-v))
x = 0.1
for i in range(60):
    x = x * 3.7 + 1e-3
    print(repr(x), repr(1 / x))
