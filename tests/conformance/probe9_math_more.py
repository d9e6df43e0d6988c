import math

print(math.isqrt(10 ** 20), math.isqrt(0), math.comb(10, 3), math.perm(5), math.perm(5, 2), math.comb(5, 7))
for f, args in ((math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.factorial, (-1,)), (math.sqrt, (-1,)), (math.log, (0,)), (math.acos, (2,))):
    try:
        f(*args)
    except ValueError as e:
        print(f.__name__, e)
try:
    math.factorial(1.5)
except TypeError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3], start=2), math.prod([]), math.gcd(), math.gcd(0, 0), math.lcm(4, 6), math.gcd(-12, 18))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), type(math.floor(2.0)).__name__, math.floor(10 ** 20 + 0.0) == 10 ** 20)
print(math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3) if hasattr(math, "remainder") else "n/a")
print(math.isclose(1, 1 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isfinite(math.inf), math.isnan(math.nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1) ** 2, math.dist([0, 0], [3, 4]))
try:
    math.dist([1], [1, 2])
except ValueError as e:
    print(e)
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-2.5), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.degrees(math.pi), round(math.radians(180), 10), math.atan2(0, -1) == math.pi, math.inf > 10 ** 400, -math.inf < -10 ** 400)
print(math.pow(2, 0.5) == 2 ** 0.5, math.pow(0, 0), math.floor(math.inf) if False else "inf-floor-skip")
try:
    math.floor(math.inf)
except OverflowError as e:
    print(e)
try:
    math.floor(math.nan)
except ValueError as e:
    print(e)
print(math.gamma(5), math.lgamma(1), math.erf(0), math.erfc(0), math.expm1(0), math.log1p(0))
print(math.comb(100, 50), math.factorial(20), math.perm(20, 20) == math.factorial(20))
print(int(math.e * 1000), int(math.tau * 1000), math.inf, -math.inf, math.nan)
print(math.hypot(*[1.0] * 40), math.dist([1, 2, 3], [4, 6, 8]), math.hypot(1e-310, 3e-310), math.hypot(0.1, 0.2, 0.3))
