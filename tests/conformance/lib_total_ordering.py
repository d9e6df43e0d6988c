# functools.total_ordering: each root, NotImplemented passed through, the
# missing-root error, and the names the filled-in methods get.
from functools import total_ordering


def show(cls, a, b):
    x, y = cls(a), cls(b)
    print(cls.__name__, x < y, x <= y, x > y, x >= y, y < x, y <= x, y > x, y >= x, x <= cls(a), x >= cls(a))


@total_ordering
class Lt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v


@total_ordering
class Le:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v


@total_ordering
class Gt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v


@total_ordering
class Ge:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v


for c in (Lt, Le, Gt, Ge):
    show(c, 1, 2)
    print(c.__lt__.__name__, c.__le__.__name__, c.__gt__.__name__, c.__ge__.__name__,
          c.__gt__.__doc__ is None)
print(Lt.__gt__.__qualname__, Ge.__lt__.__doc__)


@total_ordering
class Two:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __le__(self, o): return "le-own"
print(Two.__lt__.__name__, Two.__ge__.__name__, Two(1) <= Two(2), Two(1) < Two(2), Two(3) >= Two(2))


@total_ordering
class Picky:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, Picky):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, Picky):
            return NotImplemented
        return self.v < o.v
print(Picky(1).__gt__(5), Picky(1).__le__("x"), Picky(2).__ge__(Picky(2)))
for op in (lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b):
    try:
        op(Picky(1), 5)
    except TypeError as e:
        print("TypeError:", e)

try:
    @total_ordering
    class Nothing:
        def __eq__(self, o): return True
except ValueError as e:
    print("ValueError:", e)


class Base:
    def __lt__(self, o): return True
@total_ordering
class Derived(Base):
    pass
print(Derived.__le__.__name__, Derived() >= Derived(), "__lt__" in Derived.__dict__)
print(total_ordering(int) is int, sorted(map(Ge, [3, 1, 2]), key=lambda g: g)[0].v)
