# gc.get_count() around match statements moves as CPython 3.11's: the
# containers MATCH_CLASS and MATCH_KEYS build (a set of the names seen, a
# list turned into the result tuple; a set of the keys and the tuple of
# values), the lists a star pattern and the dicts a **rest make, and the
# free lists those go through.
import gc

gc.disable()


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def delta(label, f, *args):
    before = gc.get_count()[0]
    r = f(*args)
    after = gc.get_count()[0]
    print(label, after - before, r is not None)
    return r


def cls_pos(v):
    match v:
        case Point(a, b):
            return a + b


def cls_kw(v):
    match v:
        case Point(x=a, y=b):
            return a - b


def cls_fail(v):
    match v:
        case Point(x=1):
            return 1


def cls_self(v):
    match v:
        case int(n):
            return n


def keys(v):
    match v:
        case {"a": a, "b": b}:
            return a, b


def keys_rest(v):
    match v:
        case {"a": a, **rest}:
            return rest


def keys_miss(v):
    match v:
        case {"zz": a}:
            return a


def seq(v):
    match v:
        case [a, b, c]:
            return a


def seq_star(v):
    match v:
        case [a, *rest]:
            return rest


def seq_star_wild(v):
    match v:
        case [a, *_, z]:
            return z


def literal(v):
    match v:
        case 1 | 2 | 3:
            return v


p = Point(1, 2)
d = {"a": 1, "b": 2, "c": 3}
lst = [1, 2, 3]
cases = [("class positional", cls_pos, p), ("class keywords", cls_kw, p), ("class failing", cls_fail, p),
         ("class self", cls_self, 5), ("mapping", keys, d), ("mapping rest", keys_rest, d),
         ("mapping miss", keys_miss, d), ("sequence", seq, lst), ("sequence star", seq_star, lst),
         ("sequence star wildcard", seq_star_wild, lst), ("literal", literal, 2)]
# Round 0 warms the free lists up (their start-up contents are CPython's
# only approximately: docs/gen.md); rounds 1 and 2 are compared.
for round_ in range(3):
    out = []
    for label, f, arg in cases:
        before = gc.get_count()[0]
        r = f(arg)
        one = gc.get_count()[0] - before
        many = "-"
        if f is not seq_star:
            # (`a, *rest = v` outside a match drifts from CPython here too:
            # UNPACK_EX's list and the list free list, not the match)
            before = gc.get_count()[0]
            keep = [f(arg) for _ in range(100)]
            many = gc.get_count()[0] - before
            del keep
        out.append(f"{label}: {one} {many} {r is not None}")
    if round_:
        print("round", round_)
        print("\n".join(out))
