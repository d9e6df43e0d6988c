# difffuzz round 5: math functions and float() of an object with __index__ but no __float__ (seed 50700297)
import math
class RD:
    def __floor__(self):
        return 'floor'
    def __index__(self):
        return 2
class Big:
    def __index__(self):
        return 2 ** 2000
for fn in (math.ceil, math.floor, math.sqrt, math.exp, float, math.isfinite, round):
    for v in (RD(), Big()):
        try:
            print(fn.__name__, fn(v))
        except (TypeError, OverflowError) as e:
            print(fn.__name__, type(e).__name__, e)
