# Numerical helpers a data script uses: math functions and their errors.
import math

data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.3]
mean = math.fsum(data) / len(data)
var = math.fsum((x - mean) ** 2 for x in data) / (len(data) - 1)
print(round(mean, 6), round(var, 6), round(math.sqrt(var), 6))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.gcd(12, 18, 30), math.gcd(), math.lcm(4, 6, 10), math.lcm())
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.factorial(20), math.isqrt(10 ** 20 + 1))
print(math.prod([1, 2, 3, 4]), math.prod([], start=7), math.prod(range(1, 6), start=0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.copysign(3, -0.0))
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(3.5), round(2.675, 2))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.atan2(1, 1) * 4 == math.pi)
print(math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(math.nan), math.inf > 10 ** 400)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.comb(3, -1),
            lambda: math.factorial(2.5), lambda: math.isqrt(-4), lambda: math.exp(1000), lambda: math.gcd(1.5)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(math.pow(2, 0.5) == 2 ** 0.5, pow(2, -1), 10 ** -2)
