# One UNPACK_SEQUENCE site fed tuples, lists, other iterables and the
# wrong sizes in turn: the quickened forms (2-tuple, n-tuple, list) must
# fall back to the generic one, which raises CPython's errors.


def two(x):
    a, b = x
    return a, b


def three(x):
    a, b, c = x
    return c, b, a


def show(f, x):
    try:
        print(f.__name__, f(x))
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)


feeds = [(1, 2), (3, 4), [5, 6], "ab", (7, 8, 9), (1,), [1, 2, 3], iter((10, 11)),
         {12: 0, 13: 0}, (14, 15), 5, [16, 17]]
for _ in range(3):
    for x in feeds:
        show(two, x)
feeds3 = [(1, 2, 3), [4, 5, 6], (1, 2), [1, 2, 3, 4], range(3), (7, 8, 9), b"xyz", None]
for _ in range(3):
    for x in feeds3:
        show(three, x)


def swaps(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b = b, a
        a, b, c = c, a, b
        (a, b), c = (c, b), a
    return a, b, c


print(swaps(5), swaps(6))
rows = [((i, i + 1), [i + 2, i + 3]) for i in range(4)]
total = 0
for (x, y), (z, w) in rows:
    total += x * w - y * z
for i, (k, v) in enumerate(rows):
    (a, b), c = k, v[0]
    total += i + a + b + c
print(total)
try:
    for (x, y), (z, w) in rows + [((1, 2), [3])]:
        pass
except ValueError as e:
    print("ValueError", e)
