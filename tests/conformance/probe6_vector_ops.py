# A 2-D vector class with the full operator set: reflected operators,
# sum() with start, in-place fallbacks, comparisons, bool, hash, abs.
import math


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if o == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __iter__(self):
        yield self.x
        yield self.y

    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, a / 2, -a, +a is a, abs(a))
print(sum([a, b, Vec(1, 1)]), sum([a], Vec(10, 10)), bool(Vec()), bool(b))
c = a
c += b
c *= 2
print(c, a, c is a)
print(sorted([a, b, Vec(0, 1)]), max([a, b]), a == Vec(3, 4), a != b, a == (3, 4))
print(len({a, Vec(3, 4), b}), list(a), dict(zip('xy', b)), round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)))
x, y = a
print(x, y, tuple(a), [*b])
for bad in [lambda: a + 1, lambda: 'v' * a, lambda: a <= b, lambda: a - 1, lambda: a / Vec()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
