# int/float __ceil__ __floor__ __round__ __trunc__, __getnewargs__, float.__getformat__, bytes.__bytes__, list.__reversed__
print((7).__ceil__(), (-7).__floor__(), (7).__trunc__(), True.__trunc__(), type(True.__ceil__()).__name__)
print((1234).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (5).__round__(3), (-15).__round__(-1))
print(2.5.__ceil__(), (-2.5).__floor__(), (-2.7).__trunc__(), 2.5.__round__(), 3.5.__round__(), 2.675.__round__(2), 1234.5.__round__(-2))
print(type(2.5.__round__()).__name__, type(2.5.__round__(0)).__name__, 2.5.__round__(None))
for f in [lambda: float("nan").__ceil__(), lambda: float("inf").__floor__(), lambda: float("-inf").__trunc__(),
          lambda: float("nan").__round__(), lambda: (5).__round__("x"), lambda: (5).__ceil__(1), lambda: 2.5.__round__(1, 2)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

class I(int):
    def __round__(self, n=None):
        return ("I", super().__round__(n))

class F(float):
    pass

print(round(I(17), -1), I(5).__ceil__(), type(I(5).__trunc__()).__name__, F(2.5).__floor__(), round(F(0.125), 2))
print((5).__getnewargs__(), 2.5.__getnewargs__(), "ab".__getnewargs__(), b"x".__getnewargs__(), (1, 2).__getnewargs__())
print(I(3).__getnewargs__(), type(I(3).__getnewargs__()[0]).__name__, F(1.5).__getnewargs__())
print(float.__getformat__("double"), float.__getformat__("float"))
for f in [lambda: float.__getformat__("x"), lambda: float.__getformat__(1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

x = b"abc"
print(x.__bytes__() is x, x.__bytes__(), bytes.__bytes__(b""))
print(list([1, 2, 3].__reversed__()), type([].__reversed__()).__name__, bytearray().__alloc__())
import math
print(math.ceil(2.1), math.floor(-2.1), math.trunc(-2.9), math.ceil(I(4)))
