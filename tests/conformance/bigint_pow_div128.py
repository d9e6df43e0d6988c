# int ** int past 64 bits (built on scratch limbs, one object at the end)
# and floor division of operands up to 128 bits (one 128-bit division):
# signs, the 2^63/2^64/2^127/2^128 edges, zero and exact quotients.
vals = [1, -1, 7, -7, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64 + 5,
        -(2**64) - 5, 3**80, -(3**80), 2**127, -(2**127), 2**128 - 1,
        -(2**128) + 1, 2**128, 5**60, 10**38 + 12345]
for a in vals + [0]:
    row = []
    for b in vals:
        q, r = divmod(a, b)
        assert q == a // b and r == a % b and q * b + r == a
        assert r == 0 or (r < 0) == (b < 0)
        row.append(q % 1000003 + r % 999983)
    print(a % 97, sum(row), row[:4])
for b in [2, -2, 3, 10, -10, 7**30, -(7**30), 2**64 - 1, 2**63, 12345678901234567890123]:
    for e in [0, 1, 2, 3, 5, 13, 31, 60, 63, 64, 65, 100, 127, 200]:
        r = b ** e
        print(b % 101, e, r % 1000000007, r.bit_length(), r < 0, type(r).__name__)
print(10 ** 60, (-3) ** 41, 2 ** 64, (-2) ** 63, (-2) ** 64, 0 ** 100, (10 ** 30) ** 0)
x = 1
for i in range(200):
    x = (x * 3 + i) % 10 ** 60
    x = (x * x + 12345) % (2**61 - 1) if i % 7 == 0 else x
print(x)
