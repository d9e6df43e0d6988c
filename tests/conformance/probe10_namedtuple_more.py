from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), P._make([3, 4]), len(p), p == (1, 2))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    P._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    P(1)
except TypeError as e:
    print("TypeError", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
Q = namedtuple("Q", ["a", "b"], defaults=[0])
print(Q(1), Q._field_defaults, Q.__name__, Q.__doc__)
for bad in [("R", "a a"), ("R", "def"), ("R", "_x"), ("1R", "a"), ("R", "a 1b")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
R = namedtuple("R", "a def _x a", rename=True)
print(R._fields)
x, y = p
print(x, y, p[-1], p[:1], sorted(P(2, 1)), hash(p) == hash((1, 2)), isinstance(p, tuple))
class PP(P):
    def total(self):
        return self.x + self.y
print(PP(3, 4).total(), PP(3, 4), PP.__mro__[1].__name__)
print(P.x.__doc__, type(P.x).__name__)
