# Generator pipelines with itertools: a stream of synthetic log records
# parsed, filtered, grouped and windowed lazily.
import itertools
import sys


def records(n):
    seed = 99
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield (i, "svc%d" % (seed % 5), seed % 1000, "ERR" if seed % 17 == 0 else "OK")


def only_ok(stream):
    for rec in stream:
        if rec[3] == "OK":
            yield rec


def latencies(stream):
    return (lat for _, _, lat, _ in stream)


def windows(it, size):
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    total = sum(latencies(only_ok(records(n))))
    by_svc = {}
    keyf = lambda r: r[1]
    for svc, group in itertools.groupby(sorted(records(n // 4), key=keyf), key=keyf):
        by_svc[svc] = sum(1 for _ in group)
    maxima = [max(w) for w in windows(latencies(records(n)), 64)]
    running = list(itertools.accumulate(maxima, lambda a, b: (a * 3 + b) % 100003))
    pairs = sum(a * b for a, b in zip(maxima, itertools.islice(maxima, 1, None)))
    chained = sum(1 for _ in itertools.chain(range(n // 10), itertools.repeat(0, n // 10)))
    first_big = next(itertools.dropwhile(lambda x: x < 990, maxima), None)
    counted = list(itertools.takewhile(lambda p: p[0] < 5, zip(itertools.count(), maxima)))
    combos = sum(a + b for a, b in itertools.combinations(maxima[:60], 2))
    print("total", total, "services", sorted(by_svc.items()))
    print("windows", len(maxima), "running", running[-1], "pairs", pairs % 1000003)
    print("chained", chained, "first big", first_big, counted)
    print("checksum", (total + pairs + combos + running[-1]) % 1000000007)


main()
