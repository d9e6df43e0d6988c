# Class patterns: __match_args__, the built-ins that match themselves,
# and the TypeErrors CPython 3.11 raises while matching.
import collections


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class NoArgs:
    pass


class MyInt(int):
    pass


class MyList(list):
    __match_args__ = ("extra",)
    extra = "e"


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def pos3(v):
    match v:
        case Point(1, 2, 3):
            return "three"
    return "no"


def bad_cls(v):
    notatype = len
    match v:
        case notatype():
            return "called"
    return "no"


class L:
    __match_args__ = ["a"]
def list_args(v):
    match v:
        case L(1):
            return "L"
    return "no"


class I:
    __match_args__ = (1,)
def int_args(v):
    match v:
        case I(1):
            return "I"
    return "no"


def twice(v):
    match v:
        case Point(1, x=2):
            return "twice"
    return "no"


def builtin_two(v):
    match v:
        case int(1, 2):
            return "two"
    return "no"


def noargs(v):
    match v:
        case NoArgs(1):
            return "pos"
    return "no"


class L2:
    __match_args__ = ("a",)
def l2(v):
    match v:
        case L2(1):
            return "l2"
    return "no"


attempt("pos3", lambda: pos3(Point(1, 2)))
attempt("pos3 other type", lambda: pos3(5))
attempt("bad_cls", lambda: bad_cls(5))
attempt("list_args", lambda: list_args(L()))
attempt("int_args", lambda: int_args(I()))
attempt("twice", lambda: twice(Point(1, 2)))
attempt("builtin_two", lambda: builtin_two(1))
attempt("noargs", lambda: noargs(NoArgs()))
attempt("noargs other", lambda: noargs(3))
attempt("l2", lambda: l2(object.__new__(L2)))


def kinds(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case tuple(t):
            return f"tuple {t}"
        case MyList(e):
            return f"mylist {e}"
        case list(l):
            return f"list {l}"
        case dict(d):
            return f"dict {d}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case set(s):
            return f"set {sorted(s)}"
        case Point3(x, y, z):
            return f"point3 {x} {y} {z}"
        case Point(x, y):
            return f"point {x} {y}"
        case collections.OrderedDict():
            return "ordered"
    return "other"


for v in [True, 3, MyInt(4), 1.5, "s", b"b", bytearray(b"ba"), (1,), MyList([1]), [2],
          {"k": 1}, frozenset({2, 1}), {3, 1}, Point3(1, 2, 3), Point(4, 5), None]:
    print(kinds(v))

# __match_args__ shorter than the subject's attributes, keywords after positionals
p = Point3(7, 8, 9)
match p:
    case Point(x, y=8):
        print("base pattern on subclass", x)
match p:
    case Point3(_, _, z=z):
        print("keyword z", z)

# the isinstance check honours __instancecheck__
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "duck"
class Duck(metaclass=Meta):
    pass
for v in ["duck", "goose"]:
    match v:
        case Duck():
            print(v, "is a Duck")
        case _:
            print(v, "is not")

# an attribute lookup that raises something else than AttributeError
class Boom:
    __match_args__ = ("a",)
    @property
    def a(self):
        raise KeyError("a")
def boom_match(v):
    match v:
        case Boom(a=1):
            return "a"
    return "no"
attempt("boom direct", lambda: boom_match(Boom()))
