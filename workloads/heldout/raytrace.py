# A small ray tracer: vectors as objects with operator methods, spheres and
# planes, a light, diffuse shading and reflections, rendered to a tiny
# grid of grey levels.  Float arithmetic through __add__/__mul__/__sub__,
# properties, isinstance dispatch and many short-lived objects.
import math
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    @property
    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        n = self.length
        return Vec(self.x / n, self.y / n, self.z / n)

    def __repr__(self):
        return "Vec(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, shade, mirror):
        self.centre = centre
        self.radius = radius
        self.shade = shade
        self.mirror = mirror

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).unit()


class Plane:
    def __init__(self, point, normal_vec, shade):
        self.point = point
        self.n = normal_vec.unit()
        self.shade = shade
        self.mirror = 0.0

    def hit(self, ray):
        d = ray.direction.dot(self.n)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / d
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n


class Scene:
    def __init__(self):
        self.objects = []
        self.light = Vec(-5.0, 8.0, -4.0)
        self.stats = {"rays": 0, "hits": 0, "shadow": 0}

    def add(self, obj):
        self.objects.append(obj)
        return obj

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth):
        self.stats["rays"] += 1
        obj, t = self.nearest(ray)
        if obj is None:
            return 0.1
        self.stats["hits"] += 1
        p = ray.at(t)
        n = obj.normal(p)
        to_light = (self.light - p).unit()
        lit = max(0.0, n.dot(to_light))
        blocker, _ = self.nearest(Ray(p, to_light))
        if blocker is not None:
            self.stats["shadow"] += 1
            lit *= 0.25
        colour = obj.shade * (0.15 + 0.85 * lit)
        if obj.mirror > 0.0 and depth < 3:
            d = ray.direction
            refl = d - n * (2.0 * d.dot(n))
            colour = colour * (1.0 - obj.mirror) + self.trace(Ray(p, refl), depth + 1) * obj.mirror
        return colour


def build():
    s = Scene()
    s.add(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0), 0.6))
    s.add(Sphere(Vec(0.0, 0.0, 5.0), 1.0, 0.9, 0.3))
    s.add(Sphere(Vec(-2.0, 0.3, 6.0), 1.3, 0.7, 0.0))
    s.add(Sphere(Vec(2.0, -0.2, 4.5), 0.8, 0.8, 0.5))
    for k in range(4):
        s.add(Sphere(Vec(-3.0 + 2.0 * k, -0.7, 3.0), 0.3, 0.5 + 0.1 * k, 0.0))
    return s


def render(scene, w, h):
    eye = Vec(0.0, 0.5, -1.0)
    rows = []
    for j in range(h):
        row = []
        for i in range(w):
            x = (i - w / 2.0) / w * 2.0
            y = (h / 2.0 - j) / h * 1.5
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)), 0)
            row.append(c)
        rows.append(row)
    return rows


def main(n):
    scene = build()
    rows = render(scene, n, n // 2)
    ramp = " .:-=+*#%@"
    total = 0.0
    for row in rows:
        for c in row:
            total += c
    print("mean %.6f" % (total / (len(rows) * len(rows[0]))))
    for row in rows[:: max(1, len(rows) // 8)]:
        print("".join(ramp[min(9, int(c * 10))] for c in row[:: max(1, len(row) // 40)]))
    print(scene.stats["rays"], scene.stats["hits"], scene.stats["shadow"])
    print(repr(Vec(1.0, 2.0, 3.0).unit()))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 240)
