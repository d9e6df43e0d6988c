# Found by difffuzz round 6: math.prod's argument errors in Argument
# Clinic's order -- too many arguments in all first ("takes at most 2
# arguments"), then the positional count.
import math

for args, kw in [((), {}), ((1, 2), {}), ((1, 2, 3), {}), (([1],), {'start': 2, 'x': 1}), ((), {'start': 2}),
                 (([1], 2), {'start': 3}), (([2],), {'start': 3}), (([2],), {'x': 3})]:
    try:
        print(math.prod(*args, **kw))
    except TypeError as e:
        print('TypeError:', e)
