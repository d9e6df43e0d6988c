# match_micro.py -- a loop over match statements of every pattern kind
# (class with __match_args__, sequence with a star, mapping with **rest,
# literals and or-patterns, guards): the cost of the match opcodes
# against CPython 3.11's (docs/benchmarks.md, "match statements").
import sys


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def classify(v):
    match v:
        case None | True | False:
            return 0
        case 0 | 1 | 2:
            return 1
        case Point(0, y):
            return y
        case Point(x, y) if x == y:
            return 2
        case Point(x=x):
            return x
        case [a, b]:
            return a + b
        case [a, *rest]:
            return a + len(rest)
        case {"k": k, **rest}:
            return k + len(rest)
        case str(s):
            return len(s)
        case _:
            return -1


n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
values = [None, True, 2, Point(0, 5), Point(3, 3), Point(4, 1), [1, 2], [1, 2, 3, 4],
          {"k": 1, "z": 2}, "abc", 3.5]
total = 0
for i in range(n):
    for v in values:
        total += classify(v)
print(total)
