# Membership, count and index of ranges with a negative step: the
# distance from start is counted in the step's direction.
for r in (range(10, 0, -3), range(-1, -20, -4), range(5, -6, -1), range(0, -9, -9), range(7, 7, -1)):
    print(r, [v for v in range(-22, 12) if v in r])
    print([r.count(v) for v in (10, 7, 4, 1, 0, -1, -5, -17)])
    print([r.index(v) for v in r])
big = 2**62
r = range(big, -big, -(big // 3))
print(len(r), [v in r for v in (big, big - big // 3, 0, -big + 1, big - 1)])
print(r.index(big - 2 * (big // 3)))
print(-4 in range(-1, -20, -4), -5 in range(-1, -20, -4), True in range(3, 0, -2), False in range(2, -1, -2))
