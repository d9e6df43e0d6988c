# Big-int +, -, *, squares, divmod, shifts and bitwise operators at and
# around 32- and 64-bit boundaries (the kernels work two limbs a step).
import random
random.seed(3)
h = 0
sizes = (1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 191, 192, 193, 300, 1000)
for ba in sizes:
    for bb in sizes:
        for _ in range(3):
            a = random.getrandbits(ba) | (1 << (ba - 1))
            b = random.getrandbits(bb) | (1 << (bb - 1))
            for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (2**ba - 1, 1), (2**ba, -1), (2**ba - 1, 2**bb - 1), (2**ba, -(2**bb - 1))):
                h = (h * 31 + (x + y) + 3 * (x - y) + 7 * (y - x)) % (2**127 - 1)
                q, r = divmod(x, y)
                h = (h * 31 + q + 5 * r) % (2**127 - 1)
                h = (h * 31 + (x >> 7) + (x << 33) + (x & y) + (x | y) + (x ^ y)) % (2**127 - 1)
print(h)
h = 0
for bits_a in (1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 200, 640, 1000, 3000):
    for bits_b in (1, 32, 33, 64, 65, 96, 97, 128, 300, 1000, 3001):
        for _ in range(3):
            a = random.getrandbits(bits_a) | (1 << (bits_a - 1))
            b = random.getrandbits(bits_b) | (1 << (bits_b - 1))
            for x, y in ((a, b), (-a, b), (a, -b), (2**bits_a - 1, 2**bits_b - 1)):
                p = x * y
                h = (h * 31 + p) % (2**127 - 1)
                s = x * x
                h = (h * 31 + s) % (2**127 - 1)
                z = (x * 0) + (0 * y)
                h = (h * 31 + z + hash(p)) % (2**127 - 1)
                t = x + 1
                h = (h * 31 + t * t) % (2**127 - 1)
print(h)
print((2**64-1)**2, (2**96-1)**2, (2**128-1)*(2**64-1), (3**500)**2 % 1000000007)
f = 1
for i in range(1, 400): f *= i
print(f % (10**40 + 3), len(str(f)))
