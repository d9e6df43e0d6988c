# Chaos game with float geometry: points are small vector objects with
# operator methods, a transformation picks one of several affine maps by a
# linear congruential generator, and the points land on a grid that is
# summarised at the end (in the manner of pyperformance's chaos benchmark).
import math
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def rotate(self, angle):
        c = math.cos(angle)
        s = math.sin(angle)
        return Vec(self.x * c - self.y * s, self.x * s + self.y * c)


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Vec(self.a * p.x + self.b * p.y + self.e,
                   self.c * p.x + self.d * p.y + self.f)


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


def bezier(points, t):
    # de Casteljau on a list of Vec
    pts = list(points)
    while len(pts) > 1:
        pts = [p + (q - p) * t for p, q in zip(pts, pts[1:])]
    return pts[0]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    maps = [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    cumulative = []
    total = 0.0
    for m in maps:
        total += m.weight
        cumulative.append(total)
    rng = Rng(42)
    p = Vec(0.0, 0.0)
    width, height = 64, 64
    grid = [[0] * width for _ in range(height)]
    minx = miny = 1e9
    maxx = maxy = -1e9
    for i in range(n):
        r = rng.next_float() * total
        k = 0
        while cumulative[k] < r:
            k += 1
        p = maps[k].apply(p)
        if i < 20:
            continue
        minx = min(minx, p.x)
        maxx = max(maxx, p.x)
        miny = min(miny, p.y)
        maxy = max(maxy, p.y)
        gx = int((p.x + 3.0) / 6.0 * (width - 1))
        gy = int(p.y / 10.0 * (height - 1))
        if 0 <= gx < width and 0 <= gy < height:
            grid[gy][gx] += 1
    filled = sum(1 for row in grid for c in row if c)
    busiest = max(max(row) for row in grid)
    # a spline through some control points, rotated
    ctrl = [Vec(math.cos(j * 0.7), math.sin(j * 1.3)) for j in range(6)]
    length = 0.0
    prev = bezier(ctrl, 0.0)
    steps = max(10, n // 100)
    for j in range(1, steps + 1):
        cur = bezier(ctrl, j / steps).rotate(0.25)
        length += (cur - prev).length()
        prev = cur
    print("bounds %.4f %.4f %.4f %.4f" % (minx, maxx, miny, maxy))
    print("filled", filled, "busiest", busiest)
    print("spline %.6f" % length)
    print("rows", [sum(row) for row in grid[::8]])


main()
