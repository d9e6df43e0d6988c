from collections import namedtuple

Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
q = P3(1, 2)
print(p, q, repr(q), str(p))
print(p.x + p.y, p[0], p[-1], p[:1], len(q))
print(p._fields, P3._field_defaults, p._asdict())
print(p._replace(x=10), p)
try:
    p._replace(w=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Point._make([3, 4]), Point._make(range(2)))
print(p == (1, 2), p < Point(1, 3), hash(p) == hash((1, 2)))
pts = [Point(3, 1), Point(1, 5), Point(2, 2), Point(1, 1)]
print(sorted(pts))
print(sorted(pts, key=lambda t: t.y))
print(max(pts, key=lambda t: t.x + t.y))

class Vec(namedtuple("Vec", "dx dy")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.dx + other.dx, self.dy + other.dy)
    def __abs__(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5
    def __repr__(self):
        return "Vec<%g,%g>" % self
v = Vec(3, 4) + Vec(0.5, -1)
print(v, abs(Vec(3, 4)), isinstance(v, tuple), Vec.__mro__[1].__name__)
a, b = v
print(a, b, "{0.dx}/{0.dy}".format(v), f"{v.dx:>6.2f}|")
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a def")
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", "a def b", rename=True)
print(R._fields)
print(dict(zip(Point._fields, (7, 8))))
print(Point(*p), Point(**{"x": 9, "y": 8}))
