# enumerate/zip/any/all/map/filter/sum/min/max/reversed-heavy code: a
# matrix of readings checked row by row, running statistics, pairwise
# comparisons and windowed scans done with the built-in iterators.
import sys


def make_rows(n, width):
    rows = []
    s = 5
    for i in range(n):
        row = []
        for j in range(width):
            s = (s * 1664525 + 1013904223) & 0xFFFFFFFF
            row.append((s >> 12) % 1000)
        rows.append(row)
    return rows


def monotone(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))


def has_spike(xs, limit):
    return any(abs(a - b) > limit for a, b in zip(xs, xs[1:]))


def first_index(xs, pred):
    for i, x in enumerate(xs):
        if pred(x):
            return i
    return -1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    rows = make_rows(n, 12)
    spikes = sum(1 for r in rows if has_spike(r, 900))
    mono = sum(1 for r in rows if monotone(sorted(r)[:6]))
    big = sum(1 for r in rows if all(x > 50 for x in r))
    anyzero = sum(1 for r in rows if any(x == 0 for x in r))
    print("spikes", spikes, "mono", mono, "big", big, "anyzero", anyzero)
    cols = list(zip(*rows[:500]))
    print("col means", [sum(c) // len(c) for c in cols[:6]])
    col_max = [max(c) for c in cols]
    col_min = [min(c) for c in cols]
    print("col range", [a - b for a, b in zip(col_max, col_min)][:6])
    weighted = 0
    for i, r in enumerate(rows):
        for j, (a, b) in enumerate(zip(r, reversed(r))):
            if j % 3 == 0:
                weighted += (a - b) * (i % 7)
    print("weighted", weighted)
    firsts = [first_index(r, lambda x: x > 990) for r in rows[:2000]]
    print("firsts", sum(firsts), firsts.count(-1))
    evens = list(filter(lambda x: x % 2 == 0, map(lambda r: r[0] + r[-1], rows)))
    print("evens", len(evens), sum(evens) % 100003)
    pairs = dict(zip(range(n), (r[5] for r in rows)))
    print("pairs", len(pairs), max(pairs.items(), key=lambda kv: kv[1]))
    running = []
    total = 0
    for k, r in enumerate(rows[:1000], start=1):
        total += sum(r)
        running.append(total // k)
    print("running", running[:3], running[-1])
    flags = [any(x > 995 for x in r[:6]) and not all(x % 2 for x in r[6:]) for r in rows]
    print("flags", flags.count(True))
    print("sorted rows", [r[:3] for r in sorted(rows[:50], key=sum)[:2]])
    print("minmax", min(rows, key=lambda r: r[3])[3], max(map(max, rows)), min(map(min, rows)))


main()
