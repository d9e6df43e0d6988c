import math

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return "round(%r, %r)" % (self.v, n)
    def __trunc__(self):
        return 111
    def __floor__(self):
        return 222
    def __ceil__(self):
        return 333
    def __abs__(self):
        return "abs!"
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
    def __repr__(self):
        return "Num(%r)" % self.v

lst = list(range(10))
i = Idx(3)
print(lst[i], lst[i:Idx(6)], hex(i), bin(Idx(5)), oct(Idx(8)), range(Idx(4)))
print("ab" * Idx(3), [0] * Idx(2), (1, 2, 3)[Idx(-1)], operator_like := int(Num(4.7)))
n = Num(2.5)
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(abs(n), -n, +n, ~n)
print(float(Num(3)), int(Num(-3.9)))
try:
    lst[Num(1)]
except TypeError as e:
    print("TypeError:", e)
try:
    hex(Num(1))
except TypeError as e:
    print("TypeError:", e)
class BadIdx:
    def __index__(self):
        return "no"
try:
    lst[BadIdx()]
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BoolLen:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
print(bool(BoolLen()), not BoolLen())
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
print(pow(Idx(2), 3) if hasattr(Idx, "__pow__") else "nopow", 10 ** Num(2).v)
try:
    math.sqrt(Num(16))
    print("sqrt", math.sqrt(Num(16)))
except TypeError as e:
    print("TypeError:", e)
