# A Vector class with the usual operator overloading and protocols.
import math
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __format__(self, spec):
        if spec.endswith("p"):
            r, t = abs(self), math.atan2(self.y, self.x)
            return "<{}, {}>".format(format(r, spec[:-1]), format(t, spec[:-1]))
        return "<{}, {}>".format(format(self.x, spec), format(self.y, spec))
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), v + w, v - w, v * 2, 3 * v, v * w, v / 2, -v, +v, abs(v))
print(bool(Vector()), bool(v), v == Vector(3, 4), v != w, hash(v) == hash(Vector(3, 4)))
print(f"{v:.2f}", f"{v:.3p}", format(w, ">4"), "{:+}".format(w), list(v), tuple(w), v[0], v[-1], len(v))
x, y = v
print(x, y, {v, Vector(3, 4), w} == {v, w}, sorted([v, w], key=abs), max([v, w], key=lambda t: t.y))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - v
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
acc = Vector()
for i in range(5):
    acc += Vector(i, i * i)
print(acc, sum([v, w], Vector()), v[0:1])
