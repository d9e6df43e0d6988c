# match statement corners: soft keywords, subjects, scopes (globals,
# closures, class bodies), str/bytes not being sequences, dataclasses
# and namedtuples, evaluation order, tracebacks from patterns.
import collections
import dataclasses

# `match` and `case` as names, calls, subscripts
match = [10, 20]
print(match[0], match[-1])
match[0] = 1
print(match)
def case(x):
    return x + 1
print(case(1))
match = case
print(match(41))
match (2):
    case 2:
        print("parenthesised subject")
match -3:
    case -3:
        print("negative subject")
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred tuple subject")
match (y := 5):
    case 5:
        print("walrus subject", y)
del match


def subject():
    print("subject evaluated")
    return [1, 2]


match subject():
    case [3, _]:
        pass
    case [1, b]:
        print("b", b)

# str, bytes and bytearray are not sequences; deque, range, tuple are
for v in ["ab", b"ab", bytearray(b"ab"), collections.deque("ab"), range(2), ("a", "b"), iter("ab")]:
    match v:
        case [x, y]:
            print(type(v).__name__, "sequence", x, y)
        case _:
            print(type(v).__name__, "not a sequence")

# indexing from the end without negative indexes (deque of 5)
match collections.deque(range(5)):
    case [first, *_, before_last, last]:
        print("deque ends", first, before_last, last)

# captures into globals, nonlocals, cells and class attributes
g = None
def set_global(v):
    global g
    match v:
        case [g, *_]:
            pass
set_global([7, 8])
print("global", g)

def closure(v):
    match v:
        case {"n": n}:
            return lambda: n
print("closure", closure({"n": 9})())

def outer():
    hits = 0
    def inner(v):
        nonlocal hits
        match v:
            case int(hits):
                pass
    inner(3)
    return hits
print("nonlocal", outer())

class Body:
    match (1, 2):
        case (first, second):
            total = first + second
print("class body", Body.first, Body.second, Body.total)

# dataclasses and namedtuples get __match_args__
@dataclasses.dataclass
class DC:
    a: int
    b: str = "b"
    c: int = dataclasses.field(default=0, kw_only=True)
print(DC.__match_args__)
match DC(1, "x", c=3):
    case DC(1, b, c=c):
        print("dataclass", b, c)

NT = collections.namedtuple("NT", "p q")
print(NT.__match_args__)
match NT(4, 5):
    case NT(q=q, p=p):
        print("namedtuple keywords", p, q)
    case _:
        print("no")
match NT(4, 5):
    case (p, q):
        print("namedtuple as sequence", p, q)

# guards run after the captures; a walrus in a guard binds
def guard(v):
    match v:
        case [x, *rest] if (n := len(rest)) > 1:
            return "long", x, n
        case [x, *rest] if not rest:
            return "single", x
        case [*_]:
            return "other"
print(guard([1, 2, 3]), guard([1]), guard([1, 2]))

# floats, negative zero, big values
for v in [0.0, -0.0, 1e3, 1000, 10**18]:
    match v:
        case 1e3:
            print(v, "1e3")
        case -0.0:
            print(v, "zero")
        case 1000000000000000000:
            print(v, "10**18")

# True/False/None compare by identity, numbers by equality
for v in [1, True, 1.0, 0, False, None]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")
        case False:
            print(repr(v), "is False")
        case 0:
            print(repr(v), "== 0")
        case None:
            print(repr(v), "is None")

# the value of a dotted name is read at each match
class Cfg:
    LIMIT = 3
for limit in (3, 4):
    Cfg.LIMIT = limit
    match 4:
        case Cfg.LIMIT:
            print("matches limit", limit)
        case _:
            print("not limit", limit)

# an error while matching has the pattern's line in the traceback
import traceback
class Bad:
    def __eq__(self, other):
        raise RuntimeError("eq failed")
class H:
    bad = Bad()
def fails(v):
    match v:
        case 1:
            return 1
        case H.bad:
            return 2
try:
    fails(5)
except RuntimeError:
    tb = traceback.extract_tb(__import__("sys").exc_info()[2])
    print([(f.name, f.lineno, f.line) for f in tb])

# a sequence subject whose __len__ is used, not iteration to the end
class Seq(list):
    pass
match Seq([1, 2, 3]):
    case [1, *mid, 3]:
        print("list subclass", mid)

# the subject stays for later cases even when a case's sub-pattern consumed a copy
match {"k": [1, 2]}:
    case {"k": [1]}:
        print("no")
    case {"k": [1, two]}:
        print("two", two)

# in a loop with break and continue, and return from a case inside try/finally
def loop(items):
    out = []
    for it in items:
        try:
            match it:
                case "skip":
                    continue
                case "stop":
                    break
                case "ret":
                    return out + ["returned"]
                case other:
                    out.append(other)
        finally:
            out.append("f")
    return out
print(loop(["a", "skip", "b", "stop", "c"]))
print(loop(["a", "ret"]))
