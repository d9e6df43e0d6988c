# COMPARE_OP_STR: a comparison site that ran hot with two exact strs
# (every operator, as a value and as a condition) must give what the
# generic form gives when it then meets a class with its own (reflected)
# comparisons, other types, an unorderable pair, and non-ASCII text.
# (gclab's subset has no str subclasses.)


class S:
    def __eq__(self, other):
        return "S.__eq__"

    def __lt__(self, other):
        return "S.__lt__"

    def __gt__(self, other):
        return "S.__gt__"

    def __le__(self, other):
        return "S.__le__"

    def __ge__(self, other):
        return "S.__ge__"

    __hash__ = object.__hash__


def values(a, b):
    return a == b, a != b, a < b, a <= b, a > b, a >= b


def conds(a, b):
    out = []
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a > b:
        out.append("gt")
    if a >= b:
        out.append("ge")
    if not a < b:
        out.append("not-lt")
    return out


words = ["", "a", "ab", "abc", "b", "abcdefgh", "abcdefghi", "abcdefghijklmnopq",
         "abcdefghijklmnopr", "\u00e9", "e\u0301", "\u4e2d", "\U0001f600", "z"]
n = 0
for x in words:
    for y in words:
        v = values(x, y)
        c = conds(x, y)
        n += sum(v) + len(c)
print(n)
print(values("abc", "abd"), conds("abc", "abd"))
print(values("same", "sa" + "me"), conds("same", "sa" + "me"))
print(values(S(), "x"))             # the class's own methods
print(values("x", S()))             # str's slot declines: reflected
print(conds(S(), "y"))
print(values(1, 2), conds(2, 1))    # ints after strs
print(values(1.5, 1.5))
print(values(b"a", b"b"))
try:
    values("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    conds(None, "a")
except TypeError as e:
    print("TypeError", e)
print(values("\u00e9", "e"), values("\U0001f600", "\uffff"))
print(values("back", "to strs"), conds("back", "to strs"))


def chained(a, b, c):
    return a < b < c, a == b == c, a <= b != c


for _ in range(20):
    r = chained("a", "b", "c")
print(r, chained("a", "a", "a"), chained("b", "a", "c"), chained(1, 2, 3))
