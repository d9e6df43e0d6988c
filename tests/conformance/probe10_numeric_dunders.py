import math
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%r)" % (self.v,)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, nd=None):
        return ("round", nd)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return "abs"
    def __invert__(self):
        return "inv"
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __rpow__(self, b, m=None):
        return ("rpow", b, m)
    def __lshift__(self, o):
        return ("lshift", o)
    def __rrshift__(self, o):
        return ("rrshift", o)
n = N(2.7)
print(int(n), float(n), round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n))
print(-n, +n, abs(n), ~n, divmod(n, 3), divmod(3, n), n ** 2, pow(n, 2, 5), 2 ** n, n << 1, 1 >> n)
try:
    pow(2, n, 5)
except TypeError as e:
    print("TypeError", e)
class IntOnly:
    def __int__(self):
        return 7
print(int(IntOnly()))
for fn in [float, lambda x: [0][x], math.floor, hex, lambda x: round(x)]:
    try:
        print(fn(IntOnly()))
    except TypeError as e:
        print("TypeError", e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class FloatSub(float):
    pass
class RetSub:
    def __float__(self):
        return FloatSub(1.5)
print(float(RetSub()), type(float(RetSub())).__name__)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError", e)
class IndexOnly:
    def __index__(self):
        return 3
print(int(IndexOnly()), float(IndexOnly()) if hasattr(float, "x") else "skip", math.floor(IndexOnly()) if False else "", complex if False else "")
class TruncOnly:
    def __trunc__(self):
        return 9
print(int(TruncOnly()))
class IPow:
    def __ipow__(self, o):
        return ("ipow", o)
x = IPow()
x **= 3
print(x)
y = N(1)
y **= 2
print(y)
print(pow(3, 2, None), pow(base=2, exp=5), pow(2, exp=3, mod=5))
