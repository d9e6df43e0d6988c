# Sequence packing and unpacking: tuples and lists built and unpacked in
# long straight runs, swaps, starred targets, nested targets, unpacking in
# for statements and returns of several values.
import sys


def swap_run(a, b, c, d):
    for _ in range(10):
        a, b = b, a
        c, d = d, c
        a, b, c, d = d, c, b, a
        b, c = c, b
    return a, b, c, d


def tuple_run(t):
    a, b, c, d, e, f, g, h, i, j = t
    a, b, c, d, e, f, g, h, i, j = t
    a, b, c, d, e, f, g, h, i, j = t
    a, b, c, d, e, f, g, h, i, j = t
    a, b, c, d, e, f, g, h, i, j = t
    return a + j + e


def list_run(lst):
    a, b, c, d, e, f, g, h, i, j = lst
    a, b, c, d, e, f, g, h, i, j = lst
    a, b, c, d, e, f, g, h, i, j = lst
    return b * i


def starred(seq):
    first, *middle, last = seq
    head, *tail = seq
    *init, end = seq
    return first + last + len(middle) + head + len(tail) + len(init) + end


def nested(rows):
    total = 0
    for (x, y), (z, w) in rows:
        total += x * w - y * z
    for i, (k, v) in enumerate(rows):
        (a, b), c = k, v[0]
        total += i + a + b + c
    return total


def divmods(n):
    q = r = 0
    for k in range(1, n):
        q, r = divmod(n * 7 + k, k)
    return q, r


def main(n):
    acc = 0
    t = tuple(range(10))
    lst = list(range(10, 20))
    rows = [((i, i + 1), (i + 2, i + 3)) for i in range(20)]
    for k in range(n):
        a, b, c, d = swap_run(k, k + 1, k + 2, k + 3)
        acc += a - d + tuple_run(t) + list_run(lst)
        acc += starred(lst) + nested(rows)
        q, r = divmods(30)
        acc += q + r
        acc %= 1000000007
    print("acc", acc)
    print(swap_run(1, 2, 3, 4), starred([5, 6, 7, 8, 9]), divmods(50))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
