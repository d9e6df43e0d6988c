class Plain:
    pass
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
class Both(EqOnly):
    def __hash__(self):
        return hash(self.v)
class NI:
    def __eq__(self, o):
        print("NI.__eq__ called")
        return NotImplemented
p = Plain()
print(p == p, p != p, p == Plain(), Plain.__hash__ is object.__hash__, EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
print(len({Both(1), Both(1), Both(2)}), Both(1) in {Both(1)}, {Both(3): "x"}[Both(3)])
n = NI()
print(n == n, n != n, n == 1, 1 == n)
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
class OnlyNe:
    def __ne__(self, o):
        return "ne-result"
print(OnlyNe() != 1, OnlyNe() == 1, 1 != OnlyNe())
class Left:
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right(Left):
    def __eq__(self, o):
        print("Right.__eq__")
        return True
print(Left() == Right())
print(Right() == Left())
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self):
        return "Lt(%d)" % self.v
print(Lt(1) > Lt(2))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Lt(3), Lt(1), Lt(2)]))
class HashBad:
    def __hash__(self):
        return "str"
try:
    hash(HashBad())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(-1), hash(-2))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Unhash(), object), Unhash.__hash__ is None)
x = float("nan")
print(x == x, [x] == [x], x in [x], (x,) == (x,), {x: 1}.get(x), x is x)
