# Found by difffuzz round 6: math.dist turns both points into tuples
# before comparing their lengths (the error a non-iterable point gives);
# math.remainder (IEEE 754, ties to even) and its special cases.
import math

for a, b in [(0, (3, 4)), ((3, 4), 0), ([0, 0], (3, 4)), ((1,), (1, 2)), (iter([1, 2]), (4, 6)),
             (('a',), (1,)), ((1, 2), 'ab'), ((), ())]:
    try:
        print(math.dist(a, b))
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(7, 4), (5, 2), (-5, 2), (7.5, 2), (1e300, 3), (3, float('inf')), (float('nan'), 1),
             (1, float('nan')), (-0.0, 1), (6, 3), (-6, 3), (10, 4), (2 ** 60, 7)]:
    print(a, b, math.remainder(a, b))
for a, b in [(float('inf'), 1), (1, 0), ('1', 2)]:
    try:
        math.remainder(a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
