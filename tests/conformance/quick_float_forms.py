# The float forms the loop quickens to (BINARY_OP_*_FLOAT,
# COMPARE_OP_FLOAT_JUMP): each site runs hot with two floats, then meets
# operands its guard refuses (an int, a float subclass, a zero divisor, a
# nan), and must give what the generic form gives.  Results written into
# an operand only the stack holds must never change a value a name holds.


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __lt__(self, other):
        return True


def arith(a, b):
    return a + b, a - b, a * b, a / b


def run_arith():
    out = []
    for i in range(40):
        out.append(arith(1.5 + i, 0.25))
    print(out[-1], len(out))
    print(arith(3.0, 2))          # an int operand: deoptimised
    print(arith(7, 2.0))
    print(arith(F(2.0), 1.0)[0])  # a subclass: its own __add__
    try:
        arith(1.0, 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        arith(1.0, -0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(arith(float("inf"), float("inf")))
    print(arith(1e308, 1e308))
    print(arith(-0.0, 1.0), arith(0.0, -1.0))
    print(arith(float("nan"), 1.0))
    print(arith(2.0, 4.0))        # back to floats after the misses


def no_aliasing():
    a = 1.5
    b = a
    for _ in range(30):
        a += 1.0                  # a is shared with b at first
    print(a, b)
    x = 2.0
    y = x * x                     # the same object twice on the stack
    print(x, y)
    z = 0.5
    for _ in range(30):
        z = z * z + 0.25
    print(z)
    vals = [1.0, 2.0, 3.0]
    for _ in range(20):
        vals[0] -= vals[1] * 0.5  # a list item and a temporary
        vals[2] += vals[0] / 4.0
    print(vals)
    t = (1.25, 2.5)
    s = t[0] + t[1]
    print(t, s)


def cmp_loop(xs, limit):
    n = 0
    for x in xs:
        if x < limit:
            n += 1
        if x >= limit:
            n += 100
    return n


def run_cmp():
    xs = [0.5 * i for i in range(50)]
    print(cmp_loop(xs, 10.0))
    nan = float("nan")
    print(cmp_loop([nan, 1.0, nan], 2.0))
    print(cmp_loop([1, 2.5, 30], 2.0))       # an int operand
    print(cmp_loop([F(1.0), 5.0], 2.0))      # a subclass's __lt__
    print(cmp_loop([1.0, 3.0], 2))           # an int limit
    try:
        cmp_loop([1.0, "s"], 2.0)
    except TypeError as e:
        print("TypeError", e)
    i = 0.0
    while i < 5.0:
        i += 0.75
    print(i)


def energy():
    e = 0.0
    p = [[0.1 * k, 0.2 * k, 0.3 * k] for k in range(5)]
    for _ in range(50):
        for q in p:
            dx = q[0] - q[1]
            dy = q[1] - q[2]
            d2 = dx * dx + dy * dy
            e -= d2 * 0.5
            q[0] += dx * 0.01
    print(round(e, 9), p[4])


run_arith()
no_aliasing()
run_cmp()
energy()
