# functools.cached_property as CPython 3.11: computed once per instance,
# stored in the instance __dict__ under the attribute's name (so del
# recomputes and assignment overrides), reached through the class as the
# descriptor itself, and its errors.
import functools


class Circle:
    calls = 0

    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        "the area, computed once"
        Circle.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, Circle.calls, c.__dict__)
del c.area
print(c.area, Circle.calls)
c.area = 99
print(c.area, Circle.calls, type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)
d = Circle(3)
print(d.area, Circle.calls, "area" in vars(d))


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def v(self):
        return 1


try:
    Slotted().v
except TypeError as e:
    print("TypeError", e)
loose = functools.cached_property(lambda self: 1)
try:
    loose.__get__(c, Circle)
except TypeError as e:
    print("TypeError", e)
try:
    class Twice:
        p = functools.cached_property(lambda self: 1)
        q = p
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(Circle.area) if k != "lock"))
