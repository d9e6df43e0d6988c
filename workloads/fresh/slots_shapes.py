# A bank of small classes with __slots__ and properties (getters, setters
# with validation, computed properties), class hierarchies with
# overridden methods, and class-level counters.
import math
import sys


class Shape:
    __slots__ = ("_name",)
    created = 0

    def __init__(self, name):
        self._name = name
        Shape.created += 1

    @property
    def name(self):
        return self._name

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perim={self.perimeter():.2f}"


class Circle(Shape):
    __slots__ = ("_r",)

    def __init__(self, r):
        super().__init__("circle")
        self.radius = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value <= 0:
            raise ValueError("radius must be positive")
        self._r = value

    def area(self):
        return math.pi * self._r * self._r

    def perimeter(self):
        return 2 * math.pi * self._r


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    __slots__ = ()

    def __init__(self, side):
        Rect.__init__(self, side, side)
        self._name = "square"

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        self.w = self.h = value


class Triangle(Shape):
    __slots__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        super().__init__("triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("not a triangle")
        self.a, self.b, self.c = a, b, c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


class Account:
    __slots__ = ("owner", "_balance", "history")

    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
        self.history = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("overdrawn")
        self._balance = value
        self.history += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    shapes = []
    bad = 0
    s = 3
    for i in range(n):
        s = (s * 1664525 + 1013904223) & 0xFFFFFFFF
        k = s % 4
        a = 1 + (s >> 8) % 20
        b = 1 + (s >> 16) % 20
        try:
            if k == 0:
                shapes.append(Circle(a / 2))
            elif k == 1:
                shapes.append(Rect(a, b))
            elif k == 2:
                shapes.append(Square(a))
            else:
                shapes.append(Triangle(a, b, 1 + (s >> 24) % 20))
        except ValueError:
            bad += 1
    total_area = 0.0
    total_perim = 0.0
    diag = 0.0
    counts = {}
    for sh in shapes:
        total_area += sh.area()
        total_perim += sh.perimeter()
        counts[sh.name] = counts.get(sh.name, 0) + 1
        if isinstance(sh, Rect):
            diag += sh.diagonal
        if isinstance(sh, Square):
            sh.side = sh.side + 1
        elif isinstance(sh, Circle):
            sh.radius = sh.radius * 1.5
    grown = sum(sh.area() for sh in shapes)
    print("shapes", len(shapes), "bad", bad, "created", Shape.created)
    print("area %.3f perim %.3f diag %.3f grown %.3f" % (total_area, total_perim, diag, grown))
    print(sorted(counts.items()))
    print(shapes[0].describe(), "|", shapes[1].describe())
    accounts = [Account("u%d" % i) for i in range(100)]
    refused = 0
    for i in range(n):
        acc = accounts[(i * 31) % 100]
        delta = (i * 17) % 41 - 15
        try:
            acc.balance = acc.balance + delta
        except ValueError:
            refused += 1
    print("balances", sum(a.balance for a in accounts), "refused", refused,
          "history", sum(a.history for a in accounts))
    try:
        Circle(-1)
    except ValueError as e:
        print("error:", e)
    try:
        shapes[0].colour = "red"
    except AttributeError:
        print("no __dict__")


main()
