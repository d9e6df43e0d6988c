# Squares (both operands the same object) and products of ints of many
# sizes and signs, checked against products of distinct objects and
# printed, plus big-by-small products in both operand orders.
vals = [0, 1, -1, 2**31 - 1, 2**32, 2**63 - 1, -2**63, 2**64 + 12345, -(2**95 + 7),
        3**100, -(7**77), (1 << 512) - 1, 10**150 + 31, -(2**1000 - 1)]
for v in vals:
    w = v + 0 if v > 2**70 else v
    sq = v * v
    print(sq == w * (v - 1) + w, sq % 1000000007, sq.bit_length())
    x = v
    x *= x
    print(x == sq, pow(v, 2) == sq, v ** 2 == sq)
for v in vals:
    for k in (3, -5, 2**32 - 1, 2**40 + 9):
        a = v * k
        b = k * v
        print(a == b, a % 998244353, (a - b))
acc = 12345678901234567890
for i in range(40):
    acc = acc * acc % (2**521 - 1) + i
print(acc)
f = 1
for i in range(2, 300):
    f = i * f if i % 2 else f * i
print(f % (10**20 + 39), len(str(f)))
n = 2**127 - 1
print(pow(3, n - 1, n), pow(5, 10**30, n))
q, r = divmod(3**500, 7**100 + 1)
print(q % 10**12, r % 10**12, -(3**500) // (7**100), -(3**500) % (7**100) % 10**9)
