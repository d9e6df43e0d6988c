# Recursive generators over a binary tree (in-order walks with
# "yield from", the shape of pyperformance's "generators" benchmark), and
# a pipeline of send()-driven coroutines that filter, window and total the
# stream.  Generator frames created and closed in large numbers.
import sys


class Tree:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start


@coroutine
def evens(target):
    while True:
        v = yield
        if v % 2 == 0:
            target.send(v)


@coroutine
def window(size, target):
    buf = []
    while True:
        v = yield
        buf.append(v)
        if len(buf) == size:
            target.send(tuple(buf))
            buf.clear()


@coroutine
def totals(out):
    try:
        while True:
            w = yield
            out.append(sum(w) - min(w) * len(w))
    except GeneratorExit:
        out.append(-1)


def pairs(it):
    prev = None
    for v in it:
        if prev is not None:
            yield prev, v
        prev = v


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    tree = build(0, 2000)
    walked = 0
    checksum = 0
    rounds = max(1, n // 2000)
    for r in range(rounds):
        for v in tree:
            walked += 1
            checksum = (checksum * 31 + v) & 0xFFFFFF
    print("walked", walked, "checksum", checksum)
    ordered = all(a < b for a, b in pairs(tree))
    print("ordered", ordered)
    out = []
    sink = totals(out)
    pipe = evens(window(5, sink))
    for i in range(n):
        pipe.send((i * 7919) % 10007)
    sink.close()
    print("windows", len(out), "sum", sum(out), "last", out[-3:])
    gens = [iter(build(0, k % 17 + 1)) for k in range(n // 50)]
    got = 0
    for g in gens:
        for v in g:
            got += v
            if v > 5:
                break
    print("partial", got)


main()
