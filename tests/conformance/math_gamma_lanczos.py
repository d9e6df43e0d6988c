# math.gamma and math.lgamma give CPython 3.11's own results (its Lanczos
# approximation, not the C library's tgamma/lgamma, which differ in the
# last bits for most arguments), and its errors.
import math

xs = [i / 8.0 for i in range(-60, 200, 3) if i % 8 != 0 or i > 0]
xs += [0.5, 1.5, 2.5, 10.0, 22.0, 23.0, 24.0, 100.5, 141.5, 170.5, 171.5, -170.25, 1e-10, -1e-10, 3e-21]
for f in (math.gamma, math.lgamma):
    row = []
    for x in xs:
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(f.__name__, len(row))
    for i in range(0, len(row), 6):
        print("  " + " ".join(row[i:i + 6]))
for f in (math.gamma, math.lgamma):
    for x in (0.0, -0.0, -1.0, -2.0, 1e-320, 180.0, 250.0, -250.5, float("inf"), float("-inf"), 2e305):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
