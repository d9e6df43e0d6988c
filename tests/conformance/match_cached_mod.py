# helper of match_cached: a module using every kind of pattern, so that
# its __pycache__ file (written by the first run, loaded by the next ones
# through the verifier) holds the match opcodes
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def classify(v):
    match v:
        case None | True | False:
            return "singleton"
        case 0 | -1 | 2.5 | "s" | b"b":
            return "literal"
        case [x, *rest] if rest:
            return f"seq {x} {rest}"
        case [x]:
            return f"one {x}"
        case {"k": k, **more}:
            return f"map {k} {sorted(more)}"
        case Point(0, y) | Point(x=y, y=0):
            return f"axis {y}"
        case Point(x=a, y=b) as p:
            return f"point {a} {b} {type(p).__name__}"
        case str() as s:
            return f"str {s}"
        case _:
            return "other"
