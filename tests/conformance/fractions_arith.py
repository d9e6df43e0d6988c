# fractions.Fraction: construction (ints, floats, strings), normalisation,
# arithmetic with int/Fraction/float, comparisons, hash, rounding, errors.
from fractions import Fraction as F
import math
vals = [F(1, 2), F(-3, 4), F(6, -8), F(0), F(5), F('3/7'), F(' -1.25e2 '), F('1_000/3'), F('.5'), F(0.1), F(2.5), F(F(1, 3), F(2, 5)), F(7, 1)]
for a in vals:
    print(repr(a), str(a), float(a), int(a), hash(a), a.as_integer_ratio(), round(a), round(a, 2), math.floor(a), math.ceil(a), bool(a), abs(a), -a)
for a in vals[:6]:
    for b in (F(2, 3), 3, 0.5, F(-1, 6)):
        print(a + b, a - b, a * b, a / b, b + a, b - a, b * a, b / a if a else 'z', a // b, a % b, divmod(a, b), a ** 2, a < b, a == b, a >= b)
print(F(1, 3) ** -2, F(-2, 3) ** -3, 2 ** F(3), 2 ** F(1, 2), F(4) ** F(1, 2), F(1, 2) == 0.5, F(1, 3) == 1/3, hash(F(1, 2)) == hash(0.5))
print(F(math.pi).limit_denominator(100), F(3, 10).limit_denominator(1), F(1, 3) < 0.5, F(1) == 1)
for bad in ['', 'x', '1/0', '1.2.3', '1e', '/3', '1 /2', '_1', '1__0']:
    try:
        print(repr(bad), F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(bad), type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ('1', 2)]:
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(2, 3) / F(0)
except ZeroDivisionError as e:
    print(e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print(e)
try:
    F([])
except TypeError as e:
    print(e)
print(sorted([F(1, 3), 0.25, 1, F(-1, 2)]), sum([F(1, 3)] * 3), {F(1, 2): 'x'}[0.5])
print(F.from_float(0.75), F(1,3).numerator, F(1,3).denominator, F(10, 4).real)
