# List comprehensions and generator pipelines: filter/map stages written
# as generator functions, generator expressions, nested comprehensions,
# zip/enumerate, sum/any/all over generators.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only(pred, it):
    for x in it:
        if pred(x):
            yield x


def scale(k, it):
    for x in it:
        yield x * k


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = buf[1:]


def main(n):
    total = 0
    for rep in range(n):
        squares = [x * x for x in range(300) if x % 3]
        pairs = [(a, b) for a in range(20) for b in range(a) if (a + b) % 4 == 0]
        evens = sum(x for x in squares if not x & 1)
        piped = sum(scale(3, only(lambda v: v % 5 != 0, numbers(300))))
        wins = sum(a + b + c for a, b, c in window(range(100), 3))
        names = {f"k{i}": v for i, v in enumerate(squares[:50])}
        joined = [k for k, v in names.items() if v > 100]
        flat = [y for row in [[i, i + 1, i + 2] for i in range(40)] for y in row]
        zipped = sum(a * b for a, b in zip(flat, reversed(flat)))
        ok = all(x >= 0 for x in flat) and any(x > 100 for x in squares)
        total += evens + piped + wins + len(pairs) + len(joined) + zipped + ok + rep
    print("reps", n, "total", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2500)
