import math
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b, math.fmod(a, b))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (0.3, 0.1), (-0.0, 1), (1e-300, 1e300), (5, 0.5)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
for bad in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ["//", "%", "/"]:
        try:
            if op == "//":
                bad[0] // bad[1]
            elif op == "%":
                bad[0] % bad[1]
            else:
                bad[0] / bad[1]
        except ZeroDivisionError as e:
            print(op, bad, "ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.125, 2), round(0.375, 2))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(5, -1), round(15, -1))
print(round(1.23456789e10, -5), round(2.5e-5, 5), round(1e300, 2), round(123.456, -1), round(-123.456, 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2**70 + 0.0) == 2**70, int(-2.5))
print(2 ** -1, (-2) ** 2, -2 ** 2, (-8) ** (1 / 3) if False else "cbrt", 2 ** 0.5 * 2 ** 0.5, 0 ** 0, 0.0 ** 0)
try:
    (-8.0) ** 2.0
    print("no complex here")
except ValueError as e:
    print("ValueError:", e)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0000001), math.isclose(1, 1.0000001, rel_tol=1e-9))
print(math.gcd(12, -18), math.gcd(), math.lcm(4, 6, 10), math.isqrt(99), math.comb(10, 3), math.perm(5), math.factorial(20))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3], start=2), math.copysign(1, -0.0), math.hypot(3, 4))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25))
