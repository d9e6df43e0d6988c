class Ix:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = list(range(10))
print(l[Ix(3)], l[Ix(1):Ix(4)], "abc" * Ix(2), hex(Ix(255)), bin(Ix(5)), oct(Ix(8)), range(Ix(3)), [0] * Ix(2))
print(int.__index__(5), (5).__index__(), operator_index := None)
import operator
print(operator.index(Ix(7)), bytes(Ix(2)), chr(Ix(65)), round(2.567, Ix(1)), pow(Ix(2), Ix(3)) if False else "skip")
class BadIx:
    def __index__(self):
        return "no"
try:
    l[BadIx()]
except TypeError as e:
    print("TypeError", e)
try:
    l[1.0]
except TypeError as e:
    print("TypeError", e)
class BoolOnly:
    def __bool__(self):
        return False
class LenOnly:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
class FloatLen:
    def __len__(self):
        return 1.0
print(bool(BoolOnly()), bool(LenOnly()), bool(Both()), bool(object()), not LenOnly())
for c in [BadBool, BadLen, BigLen, FloatLen]:
    try:
        print(bool(c()))
    except Exception as e:
        print(type(e).__name__, e)
for c in [BadLen, BigLen, FloatLen]:
    try:
        print(len(c()))
    except Exception as e:
        print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError", e)
