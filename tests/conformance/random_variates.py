# The distributions of Lib/random.py that draw through random(): after a
# seed, the same numbers as CPython 3.11 (the same draws in the same
# order, the same arithmetic), and their argument errors; math's 3.11
# additions cbrt, exp2, nextafter and ulp.
import math
import random

random.seed(2024)
print([random.lognormvariate(0, 1) for _ in range(3)])
print([random.vonmisesvariate(1.0, k) for k in (0.0, 0.5, 4.0, 50.0)])
print([random.gammavariate(a, 2.0) for a in (0.3, 1.0, 1.5, 9.0)])
print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1))])
print([random.paretovariate(a) for a in (1, 2.5, 10)])
print([random.weibullvariate(1.5, b) for b in (0.5, 1, 3)])
r = random.Random(7)
print(r.gammavariate(alpha=2.0, beta=0.5), r.betavariate(beta=3, alpha=2))
print(r.vonmisesvariate(mu=-3.0, kappa=2.0), r.lognormvariate(sigma=0.25, mu=1.0))
print(random.random(), r.random())
for call in (lambda: random.gammavariate(0, 1), lambda: random.betavariate(-1, 1),
             lambda: random.paretovariate(0), lambda: random.weibullvariate(1, 0),
             lambda: random.gammavariate(1), lambda: random.vonmisesvariate(1, 2, 3)):
    try:
        print(call())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)

print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(-1.5), math.exp2(0.5))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5, 5))
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
try:
    math.exp2(2000)
except OverflowError as e:
    print("OverflowError", e)
