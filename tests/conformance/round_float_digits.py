# round(float, n) for n = 0..23 over generated values: ties at the 10**-n
# digit (exact binary halves and decimal-looking ones that are not exact),
# signed zeros, values near 2**52 and beyond, tiny values.  gclab computes
# small n with one multiplication and a division (vm/builtins.c,
# round_digits_fast); the result must be CPython's correctly rounded one.
import random

r = random.Random(5)
vals = [0.5, -0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, -1.005, 0.045,
        1e-20, -1e-20, 123456.789, 4503599627370495.5, 1e15 + 0.3, -0.0, 0.0,
        -0.49999999999999994, 0.49999999999999994, 5e-324, 1.7976931348623157e308,
        9007199254740993.0, 0.1 + 0.2, 1 / 3, -2 / 3]
for i in range(3000):
    k = r.randrange(6)
    if k == 0:
        v = r.random() * 10 ** r.randrange(-5, 16)
    elif k == 1:
        v = r.randrange(-10**6, 10**6) / 2 ** r.randrange(1, 12)
    elif k == 2:
        v = r.randrange(-10**9, 10**9) / 10 ** r.randrange(0, 10)
    elif k == 3:
        v = (r.randrange(0, 10**6) + 0.5) / 10 ** r.randrange(0, 8)
    elif k == 4:
        v = -r.random() * 10 ** r.randrange(-3, 8)
    else:
        v = r.randrange(1, 100) * 0.05
    vals.append(v)
for v in vals[:26]:
    print(repr(v), [round(v, n) for n in (0, 1, 2, 3, 6, 15)])
h = 0
count = 0
for v in vals:
    for n in range(24):
        x = round(v, n)
        h = (h * 1000003 + hash(x) + (str(x)[0] == "-")) % (1 << 61)
        count += 1
        if count % 9001 == 0:
            print(repr(v), n, repr(x))
print(count, h)
