import gc
import sys

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Tagged(Point):
    pass

p = Point(1, 2)
print(p, hasattr(p, "__dict__"), gc.is_tracked(p))
try:
    p.w = 3
except AttributeError as e:
    print("AttributeError:", e)
q = Point3(1, 2, 3)
print(q, q.z, Point3.__slots__, hasattr(q, "__dict__"))
t = Tagged(4, 5)
t.label = "hi"
print(t, t.__dict__, sorted(Tagged.__dict__.keys() - {"__module__", "__doc__"}))
u = Point.__new__(Point)
try:
    u.x
except AttributeError as e:
    print("AttributeError:", e)
u.x = 9
del u.x
try:
    del u.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
print(isinstance(q, Point), issubclass(Point3, (int, Point)))
print([type(o).__name__ for o in (p, q, t)])
print(gc.is_tracked(Point3(1, 2, 3)))
class Empty:
    __slots__ = ()
e = Empty()
print(gc.is_tracked(e), hasattr(e, "__weakref__"))
try:
    e.a = 1
except AttributeError as ex:
    print("AttributeError:", ex)
class WithWeak:
    __slots__ = ("v", "__weakref__")
import weakref
w = WithWeak()
r = weakref.ref(w)
print(r() is w)
try:
    weakref.ref(p)
except TypeError as ex:
    print("TypeError:", ex)
print(sys.getsizeof(Point(0, 0)) < sys.getsizeof(Tagged(0, 0)) + sys.getsizeof({}))
