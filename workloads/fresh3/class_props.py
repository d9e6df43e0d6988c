# A class hierarchy of shapes and accounts with properties (getters and
# setters that validate), cooperative super() chains through three levels
# and a mixin, __eq__/__hash__/__lt__ for sorting and dict keys,
# classmethod constructors and a registry filled by __init_subclass__.
import sys


class Registry:
    kinds = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.kinds[cls.__name__.lower()] = cls


class Tagged:
    def __init__(self, *args, tag="", **kw):
        super().__init__(*args, **kw)
        self._tag = tag

    @property
    def tag(self):
        return self._tag or type(self).__name__.lower()

    def describe(self):
        return "#" + self.tag


class Shape(Registry):
    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        if v < -1e6 or v > 1e6:
            raise ValueError("x out of range")
        self._x = v

    @property
    def area(self):
        return 0.0

    def key(self):
        return (round(self.area, 6), type(self).__name__, self._x, self._y)

    def __eq__(self, other):
        return isinstance(other, Shape) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __lt__(self, other):
        return self.key() < other.key()

    def describe(self):
        return "%s@(%d,%d)" % (type(self).__name__, self._x, self._y)


class Rect(Shape):
    def __init__(self, x, y, w, h):
        super().__init__(x, y)
        self.w = w
        self.h = h

    @property
    def area(self):
        return float(self.w * self.h)

    @classmethod
    def square(cls, x, y, s):
        return cls(x, y, s, s)

    def describe(self):
        return super().describe() + " %dx%d" % (self.w, self.h)


class Square(Rect):
    def __init__(self, x, y, s):
        super().__init__(x, y, s, s)

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, v):
        self.w = self.h = v


class Circle(Shape):
    def __init__(self, x, y, r):
        super().__init__(x, y)
        self.r = r

    @property
    def area(self):
        return 3.141592653589793 * self.r * self.r

    def describe(self):
        return super().describe() + " r=%d" % self.r


class Label(Tagged, Rect):
    def describe(self):
        return Rect.describe(self) + " " + Tagged.describe(self)


def build(n):
    out = []
    s = 17
    for i in range(n):
        s = (s * 48271) % 2147483647
        k = s % 4
        x, y, a = s % 100, (s >> 7) % 100, 1 + (s >> 14) % 9
        if k == 0:
            out.append(Rect(x, y, a, 1 + (s >> 20) % 5))
        elif k == 1:
            out.append(Square(x, y, a))
        elif k == 2:
            out.append(Circle(x, y, a))
        else:
            out.append(Label(x, y, a, 2, tag="" if i % 3 else "lbl%d" % (i % 10)))
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    shapes = build(n)
    total = 0.0
    for sh in shapes:
        total += sh.area
    errors = 0
    for i, sh in enumerate(shapes):
        try:
            sh.x = sh.x + (i % 5) * 500000 - 1000000
        except ValueError:
            errors += 1
        if isinstance(sh, Square):
            sh.side = sh.side + 1
    distinct = len(set(shapes))
    by_kind = {}
    for sh in shapes:
        by_kind[type(sh).__name__] = by_kind.get(type(sh).__name__, 0) + 1
    first = sorted(shapes[:2000])
    descs = [sh.describe() for sh in first[:3] + first[-3:]]
    print("area %.3f errors %d distinct %d" % (total, errors, distinct))
    print(sorted(by_kind.items()), sorted(Registry.kinds))
    for d in descs:
        print(d)
    h = 0
    for sh in shapes:
        h = (h * 33 + len(sh.describe())) % 1000000007
    print("checksum", h)


main()
