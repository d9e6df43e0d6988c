# Sorting with key functions, lambdas and closures: records sorted by
# several keys, stable multi-pass sorts, a closure-built comparator key,
# min/max with key=, and sorted() of generated data.
import sys


def make_records(n, seed):
    recs = []
    x = seed
    for i in range(n):
        x = (x * 1664525 + 1013904223) & 0xFFFFFFFF
        recs.append((f"n{x % 1000:03d}", x % 97, (x >> 8) % 1000 / 10.0, i))
    return recs


def by_field(index, reverse_sign=False):
    if reverse_sign:
        return lambda r: -r[index]
    return lambda r: r[index]


def weighted(w1, w2):
    def key(r):
        return r[1] * w1 + r[2] * w2
    return key


class Rec:
    __slots__ = ("name", "age", "score")

    def __init__(self, t):
        self.name, self.age, self.score = t[0], t[1], t[2]


def main(n):
    total = 0
    for round_ in range(n):
        recs = make_records(400, round_ + 1)
        a = sorted(recs, key=by_field(1))
        b = sorted(recs, key=by_field(2, True))
        c = sorted(recs, key=lambda r: (r[0], -r[3]))
        d = sorted(recs, key=weighted(3, 0.5), reverse=True)
        recs.sort(key=by_field(0))
        recs.sort(key=by_field(1))
        objs = [Rec(t) for t in recs]
        objs.sort(key=lambda o: o.score)
        best = max(objs, key=lambda o: (o.age, o.name))
        words = sorted(r[0] for r in recs)
        total += a[0][3] + b[0][3] + c[0][3] + d[0][3] + recs[0][3]
        total += best.age + len(words[0]) + int(objs[-1].score)
    print("rounds", n, "checksum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
