# The eval loop's own paths for float and int operands: float + - * /
# with floats and ints (small, near 2**53, near 2**63, big), division by
# zero, results written into a temporary, comparisons with NaN and
# infinities, shifts at their edges, and ints as conditions.
big = 2 ** 70
near = 2 ** 53 + 1
edge = 2 ** 63 - 1
xs = [0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("-inf"), float("nan")]
ns = [0, 1, -3, near, -near, edge, -edge, big]
for x in xs:
    for n in ns:
        row = []
        for f in (lambda: x + n, lambda: n + x, lambda: x - n, lambda: n - x,
                  lambda: x * n, lambda: n * x, lambda: x / n, lambda: n / x):
            try:
                row.append(repr(f()))
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(repr(x), n, " ".join(row))
for x in xs:
    print(repr(x), [repr(x + y) for y in xs], [repr(x / y) if y else "zero" for y in xs])
    print([x < y for y in xs], [x <= y for y in xs], [x == y for y in xs],
          [x != y for y in xs], [x > y for y in xs], [x >= y for y in xs])

# a temporary's value rewritten in place must not show through a name
a = 1.5
b = a * 2.0 + 1.0
c = (a + 0.25) * (b - 0.5)
print(a, b, c, a is b, (a + 0.0) is a)
t = [0.5 * i for i in range(4)]
u = [v + 1.0 for v in t]
print(t, u)
s = 0.0
for i in range(10):
    s += 0.1 * i
    s -= i / 3
    s *= 1.0001
print(repr(s))


class F(float):
    def __add__(self, o):
        return "F.__add__"


print(F(1.0) + 2.0, 2.0 + F(1.0), type(2.0 * F(3.0)).__name__)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(3 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

for n in (0, 1, -1, 5, -5, 2 ** 40, -(2 ** 40), edge, -edge, big, -big):
    row = []
    for k in (0, 1, 3, 31, 62, 63, 64, 100):
        row.append((n << k, n >> k))
    print(n, row)
for n, k in ((1, -1), (big, -2), (0, -1)):
    for f in (lambda: n << k, lambda: n >> k):
        try:
            f()
        except ValueError as e:
            print("ValueError:", e)
x = 7
x <<= 61
print(x)
x <<= 1
print(x)
x >>= 70
print(x)

for v in (0, 1, -1, big, -big, big - big, edge, 0.0, True, False):
    if v:
        print(repr(v), "true")
    else:
        print(repr(v), "false")
    if not v:
        print(repr(v), "not")
    while v:
        print("loop", repr(v))
        break
