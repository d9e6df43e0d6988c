# Points in 3-D made from sines and cosines, normalised and reduced to
# their component-wise maximum (the shape of pyperformance's "float"
# benchmark), then a second pass that sorts and buckets them.  Float
# attribute arithmetic, math calls, many short-lived instances.
import math
import sys


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        dz = self.z - other.z
        return dx * dx + dy * dy + dz * dz


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points), points


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    rounds = 4
    best = None
    for r in range(rounds):
        m, pts = benchmark(n // rounds + r)
        best = m
    print(repr(best))
    origin = Point(0)
    origin.normalize()
    near = sorted(pts, key=lambda p: p.dist2(origin))[:3]
    for p in near:
        print("%.6f %.6f %.6f" % (p.x, p.y, p.z))
    buckets = {}
    for p in pts:
        k = (round(p.x, 1), p.y > 0)
        buckets[k] = buckets.get(k, 0) + 1
    print(len(buckets), max(buckets.values()), min(buckets.values()))
    total = math.fsum(p.z for p in pts)
    print("zsum %.9f" % total)


main()
