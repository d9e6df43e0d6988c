# difffuzz round 7: math.perm(n) and perm(n, None) are factorial(n), with its errors
import math
for args in [(5,), (5, None), (0,), (-2,), (-2, None), (5, 2), (2, 5), (-1, 1), (3, -1), (2.0,), (True,)]:
    try:
        print(args, math.perm(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    math.perm()
except TypeError as e:
    print("TypeError", e)
try:
    math.perm(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
