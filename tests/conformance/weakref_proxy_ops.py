# weakref.proxy forwards operators to its referent (CPython's proxy slots):
# arithmetic both ways, unary operators, int()/float()/index, containers,
# and isinstance(proxy, C) through __class__.
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o

    def __radd__(self, o):
        return o + self.v * 10

    def __sub__(self, o):
        return self.v - o

    def __mul__(self, o):
        return self.v * o

    def __neg__(self):
        return -self.v

    def __abs__(self):
        return 99

    def __invert__(self):
        return ~self.v

    def __int__(self):
        return self.v

    def __float__(self):
        return self.v / 2

    def __index__(self):
        return 1


n = Num(5)
p = weakref.proxy(n)
print(p + 1, 1 + p, p - 2, p * 3, -p, abs(p), ~p)
print(int(p), float(p), [10, 20, 30][p], hex(p))
print(isinstance(p, Num), isinstance(p, (int, Num)), isinstance(p, weakref.ProxyType))
print(type(p).__name__, issubclass(type(p), Num))


class Bag(list):
    pass


b = Bag([3, 1, 2])
q = weakref.proxy(b)
print(q + [9], q * 2, len(q), q[0], 2 in q, sorted(q), list(reversed(q)))
q += [4]
print(type(q).__name__, b)
try:
    p / 2
except TypeError as e:
    print("TypeError", e)
try:
    p ** 2
except TypeError as e:
    print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(p == n, q == [3, 1, 2, 4], q < [4], bool(q))


class Fake:
    @property
    def __class__(self):
        return Num


f = Fake()
print(isinstance(f, Num), isinstance(f, Fake), isinstance(f, int), type(f).__name__)


class Broken:
    @property
    def __class__(self):
        raise AttributeError("no class")


print(isinstance(Broken(), Num), isinstance(Broken(), Broken))


class Bad:
    @property
    def __class__(self):
        raise ValueError("bad class")


try:
    isinstance(Bad(), Num)
except ValueError as e:
    print("ValueError", e)
print(isinstance(Bad(), Bad))
