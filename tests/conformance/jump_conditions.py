# Conditions compiled to jumps (if/while/assert/ternary/comprehension
# filters with and, or, not, comparison chains, known truths): the
# operands evaluated once each, in order, short-circuited, __bool__ called
# as CPython 3.11 calls it, and errors raised from the right line.
import traceback

log = []


class B:
    def __init__(self, name, value):
        self.name, self.value = name, value

    def __bool__(self):
        log.append(self.name)
        return self.value


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return B("cmp%d" % self.v, self.v < other.v)


def run(label, f):
    del log[:]
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
        r += " @" + ",".join("%s:%d" % (t.name, t.lineno)
                             for t in traceback.extract_tb(e.__traceback__)[1:])
        if label.startswith("bad"):
            print("".join(traceback.format_exception(e)).replace(__file__, "F"), end="")
    print(label, r, log)


T, F = True, False


def f1(a, b):
    if a or b:
        return "yes"
    return "no"


def f2(a, b, c):
    if a and not b or c:
        return "yes"
    return "no"


def f3(a, b, c):
    if (a
            and b
            and c):
        return 1
    elif not (a or b):
        return 2
    return 3


def f4(x, y, z):
    if x < y < z:
        return "chain"
    return "broken"


def f5(a, b, c):
    n = 0
    while a and n < 3 or b and n < 5:
        n += 1
    return n


def f6(c, a, b):
    if (a if c else b):
        return "t"
    return "f"


def f7(a, b):
    assert a or b, "both false"
    return "ok"


def f8(items):
    return [x for x in items if x and not x % 3 or x == 1]


def f9():
    if 0:
        return "zero"
    elif "":
        return "empty"
    elif (1, 2):
        return "tuple"
    return "none"


def f10(x):
    while not x:
        x = B("loop", True)
    return "out"


for a in (T, F):
    for b in (T, F):
        run("or %s %s" % (a, b), lambda: f1(B("a", a), B("b", b)))
for a in (T, F):
    for b in (T, F):
        for c in (T, F):
            run("mix %s %s %s" % (a, b, c), lambda: f2(B("a", a), B("b", b), B("c", c)))
            run("nest %s %s %s" % (a, b, c), lambda: f3(B("a", a), B("b", b), B("c", c)))
run("chain1", lambda: f4(Cmp(1), Cmp(2), Cmp(3)))
run("chain2", lambda: f4(Cmp(2), Cmp(1), Cmp(3)))
run("chain3", lambda: f4(Cmp(1), Cmp(3), Cmp(2)))
run("chain-int", lambda: f4(1, 2, 3))
run("chain-err", lambda: f4(1, "a", 3))
run("while", lambda: (f5(True, False, 0), f5(False, True, 0), f5(False, False, 0)))
run("ifexp", lambda: (f6(B("c", True), B("a", False), B("b", True)),
                      f6(B("c", False), B("a", False), B("b", True))))
run("assert", lambda: (f7(B("a", False), B("b", True)), f7(0, "")))
run("comp", lambda: f8(range(12)))
run("const", f9)
run("notloop", lambda: f10(B("x", False)))
run("bad-or", lambda: f1(Bad(), True))
run("bad-and", lambda: f2(B("a", True), Bad(), False))
run("bad-while", lambda: f5(False, Bad(), 0))
run("bad-ifexp", lambda: f6(Bad(), 1, 2))
run("bad-assert", lambda: f7(False, Bad()))
run("bad-nest", lambda: f3(True, True, Bad()))


def g1(x, y):
    assert x < y, "x not below y"


def g2(x, y, z):
    if x < y and z:
        return 1
    return 0


def g3(x, y, z):
    while (x
           < y < z):
        x += 1
    return x


def g4(x):
    assert x > 0


run("bad-assert-cmp", lambda: g1(2, 1))
run("bad-after-cmp", lambda: g2(1, 2, Bad()))
run("bad-chain", lambda: g3(0, "a", 3))
run("bad-assert-plain", lambda: g4(-1))
