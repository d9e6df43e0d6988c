# difffuzz round 5: int() and math.trunc/floor/ceil of int and float subclasses with and without their dunders (seeds 50600025, 50600301)
import math
class I(int):
    def __int__(self):
        return 2
    def __ceil__(self):
        return 'ceil'
class F(float):
    def __int__(self):
        return 5
    def __float__(self):
        return 2.5
class G(float):
    pass
class J(int):
    pass
class Sub(int):
    pass
class K(float):
    def __int__(self):
        return Sub(9)
for v in (I(3), F(-7.5), G(-7.5), J(4), K(1.5)):
    row = [type(v).__name__]
    for fn in (int, math.trunc, math.floor, math.ceil, round, float):
        try:
            r = fn(v)
            row.append("%r:%s" % (r, type(r).__name__))
        except TypeError as e:
            row.append("TypeError(%s)" % e)
    print(" ".join(row))
class Bad(int):
    def __int__(self):
        return "no"
try:
    int(Bad(1))
except TypeError as e:
    print("TypeError", e)
try:
    math.trunc("x")
except TypeError as e:
    print("TypeError", e)
