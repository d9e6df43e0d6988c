# Exceptions as control flow: EAFP dictionary access, int() parsing of
# bad input, StopIteration to end hand-written loops, custom exception
# classes carrying data, try/finally bookkeeping, re-raising.
import sys


class Found(Exception):
    def __init__(self, where):
        super().__init__(where)
        self.where = where


class Invalid(ValueError):
    pass


def parse(tok):
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return None


def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise Found((r, c))
    except Found as f:
        return f.where
    return None


def checked(x):
    if x % 11 == 0:
        raise Invalid(f"bad {x}")
    return x * 2


def main(n):
    cache = {}
    tokens = ["12", "x", "3.5", "", "-7", "1e3", "nan?", "42"]
    grid = [[(r * 8 + c) % 29 for c in range(8)] for r in range(8)]
    total = 0
    bad = 0
    cleanups = 0
    for i in range(n):
        key = i % 300
        try:
            total += cache[key]
        except KeyError:
            cache[key] = key * 3
        v = parse(tokens[i % len(tokens)])
        if v is None:
            bad += 1
        else:
            total += int(v)
        where = search(grid, i % 31)
        if where is not None:
            total += where[0] + where[1]
        try:
            try:
                total += checked(i)
            finally:
                cleanups += 1
        except Invalid as e:
            bad += len(e.args[0]) > 0
        it = iter((1, 2, 3))
        while True:
            try:
                total += next(it)
            except StopIteration:
                break
        try:
            getattr(grid, "nope")
        except AttributeError:
            bad += 1
    print("total", total, "bad", bad, "cleanups", cleanups)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 80000)
