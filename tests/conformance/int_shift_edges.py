# Shifts of ints near the 64-bit edge, in expressions and augmented
# assignments: the small-int fast path must hand every overflow to big ints.
vals = [0, 1, -1, 5, -5, 2**40, -(2**40), 2**62 - 1, -(2**62), 2**63 - 1, -(2**63) + 1, 3 * 2**60]
for a in vals:
    for b in [0, 1, 2, 31, 62, 63, 64, 65, 100]:
        print(a, b, a >> b, a << b)
        x = a; x >>= b; y = a; y <<= b
        print(x, y)
for a in vals:
    try:
        print(a >> -1)
    except ValueError as e:
        print("VE", e)
    try:
        print(a << -1)
    except ValueError as e:
        print("VE", e)
