# classes: __init__, instance attributes, methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, -1)
print(q.x, q.y, p.x)
p.z = 99
print(p.z, hasattr(q, "z"))
m = p.norm2
print(m())
print(type(p), type(p) is Point, isinstance(p, Point))
class Empty:
    pass
e = Empty()
e.a = 1
e.a = e.a + 1
print(e.a)
try:
    print(e.missing)
except AttributeError as e2:
    print("AttributeError:", e2)
