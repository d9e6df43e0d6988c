import math
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.comb(10, 3), math.comb(3, 10), math.perm(5, 2), math.perm(5))
print(math.prod([]), math.prod([2, 3, 4]), math.prod([1.5, 2]), math.prod(range(1, 6), start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.gcd(-4, 6), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist([1], [4]))
print(math.copysign(1, -0.0), math.copysign(3, 5), math.fabs(-2), math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(0), math.expm1(0))
print(math.factorial(0), math.factorial(20), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.0)).__name__)
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3)
print(math.isfinite(1e308), math.isinf(float("-inf")), math.isnan(float("nan")), math.inf > 1e308, math.nan != math.nan)
print(math.pi, math.e, math.tau, math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 2), 10))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.sqrt(2), math.pow(2, 0.5), math.pow(2, -1))
for fn, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.factorial, (-1,)), (math.factorial, (2.0,)),
                 (math.comb, (-1, 2)), (math.isqrt, (-1,)), (math.pow, (0, -1)), (math.exp, (1000,)), (math.gcd, (1.5,)),
                 (math.perm, (3, -1)), (math.dist, ((1, 2), (1,))), (math.fmod, (1, 0)), (math.log, (10, 1)), (math.acos, (2,))]:
    try:
        print(fn.__name__, fn(*args))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(fn.__name__, type(e).__name__, e)
print(math.isclose(1, 1.1, rel_tol=0.2), math.floor(10**20 + 0.5) == 10**20, math.ceil(1e-300), math.trunc(1e20))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.floor("x")
except TypeError as e:
    print("TypeError", e)
print(math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") and False else "skip")
