import collections

class Point:
    __match_args__ = ("x", "y")
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Color:
    RED = 1
    GREEN = 2

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes raw"
        case Color.RED:
            return "red"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x!r}"
        case [1, *rest]:
            return f"starts with 1, rest {rest!r}"
        case [first, *_, last]:
            return f"first {first!r} last {last!r}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} others {others!r}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0) if x > 10:
            return f"far on x axis at {x}"
        case Point(x=px, y=py) as p:
            return f"point {px},{py} {type(p).__name__}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return "other"

tests = [None, True, False, 0, -1, 2.5, "hello", "hi", b"raw", 1, [], [5], (5,), [1, 2, 3],
         [4, 5, 6, 7], (9, 8), {"kind": "circle", "r": 3}, {"kind": "sq", "s": 2, "t": 1},
         {"x": 1}, Point(0, 0), Point(0, 5), Point(20, 0), Point(3, 0), Point(3, 4),
         500, 7, 3.5, "text", "abc", collections.deque([1, 2]), range(3),
         collections.OrderedDict(kind="od"), 1.0, 0.0, 2, Color.GREEN, "", b"", bytearray(b"x"),
         {1, 2}, frozenset()]
for t in tests:
    print(repr(t)[:40], "->", describe(t))

# soft keywords keep working as names
match = 3
case = 4
print(match, case)
def match(x):
    return x * 2
print(match(5))
match = [1, 2]
print(match[0])
match, case = case, match
print(match, case)

# capture binds only on success; or-pattern order
def order(v):
    match v:
        case [a, b] | (b, a, _):
            return a, b
    return None
print(order([1, 2]), order((1, 2, 3)), order(7))

def nested(v):
    match v:
        case {"pts": [Point(x=x1), Point(x=x2)], "n": int(n)}:
            return x1 + x2 + n
        case [[a, b], [c, *d]]:
            return a, b, c, d
        case [(1 | 2) as small, *_]:
            return "small", small
    return "no"
print(nested({"pts": [Point(1, 2), Point(3, 4)], "n": 5}))
print(nested([[1, 2], [3, 4, 5]]))
print(nested([2, 9]), nested([3, 9]))

# guards see the captures; a failing guard leaves them bound (CPython)
def g(v):
    match v:
        case [x, y] if x == y:
            return "same", x
        case [x, y]:
            return "diff", x, y
print(g([1, 1]), g([1, 2]))

def leak():
    match (1, 2):
        case (a, 3):
            pass
        case (a, b):
            pass
    return a, b
print(leak())

# tuple subject without parentheses
x = 1
match x, 2:
    case (1, 2):
        print("tuple subject")
match [1, 2, 3]:
    case [*all_]:
        print("all", all_)

class Sub(int):
    pass
match Sub(7):
    case int(v):
        print("sub", v, type(v).__name__)

dd = collections.defaultdict(list)
match dd:
    case {"missing": _}:
        print("wrong")
    case _:
        print("defaultdict not grown:", dict(dd))

# match in a loop with break/continue and return inside a case
for i in range(5):
    match i:
        case 0:
            continue
        case 3:
            break
        case n:
            print("loop", n)

class Dyn:
    def __getattr__(self, name):
        if name == "q":
            return 42
        raise AttributeError(name)
match Dyn():
    case Dyn(q=q, missing=m):
        print("wrong", q, m)
    case Dyn(q=q):
        print("dyn", q)

class EqAll:
    def __eq__(self, other):
        print("eq called with", other)
        return True
class Holder:
    val = EqAll()
match 5:
    case Holder.val:
        print("matched via __eq__")
