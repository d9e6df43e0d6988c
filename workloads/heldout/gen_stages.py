# A pipeline of generators: a source of records, stages that parse,
# filter, window, group and enrich them, each a generator consuming the
# one before, driven by sum(), max(), any() and a for loop.  Generator
# resumption, generator expressions, yield from and itertools-free
# windowing with a list as ring buffer.
import sys


def source(n, seed):
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield i, x % 1000, "k%d" % (x % 37)


def parse(records):
    for i, v, key in records:
        yield {"id": i, "value": v, "key": key, "odd": v & 1 == 1}


def keep(items, pred):
    for it in items:
        if pred(it):
            yield it


def window(items, size):
    buf = []
    for it in items:
        buf.append(it)
        if len(buf) > size:
            del buf[0]
        if len(buf) == size:
            yield tuple(buf)


def averages(windows):
    for w in windows:
        yield sum(d["value"] for d in w) / len(w)


def chunks(items, size):
    chunk = []
    for it in items:
        chunk.append(it)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(groups):
    for g in groups:
        yield from g


def enrich(items):
    seen = {}
    for d in items:
        k = d["key"]
        seen[k] = seen.get(k, 0) + 1
        yield k, seen[k], d["value"]


def main(n):
    odd = keep(parse(source(n, 7)), lambda d: d["odd"])
    avg = averages(window(odd, 5))
    top = max(avg)
    total = sum(1 for _ in flatten(chunks(parse(source(n, 11)), 16)))
    counts = {}
    last = None
    for k, c, v in enrich(keep(parse(source(n, 13)), lambda d: d["value"] > 300)):
        counts[k] = max(counts.get(k, 0), c)
        last = (k, c, v)
    big = any(v > 998 for _, v, _ in source(n, 17))
    squares = sum(x * x for x in (v for _, v, _ in source(n // 2, 19)) if x % 3)
    print("top %.1f" % top, total, len(counts), last, big, squares)
    print(sorted(counts.items())[:5])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120000)
