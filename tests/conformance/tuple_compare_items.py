# Tuple comparisons of every operator over ints, big ints, strs, floats
# (NaN, -0.0), nested tuples, bool and None items, and heapq entries: the
# exact-tuple fast path must agree with the whole protocol.
import heapq
nan = float("nan")
vals = [(), (1,), (1, 2), (1, 2, 3), (1, "a"), (1, "b"), ("a", 1), (1.5, 2), (nan, 1), (1, nan), (2**70, 1), (2**70, 2),
        (1, (2, 3)), (1, (2, 4)), (True, 1), (1, 1.0), (-0.0, 0.0), (None,), ("é", 1), ("e", 2)]
ops = [lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b,
       lambda a, b: a != b, lambda a, b: a > b, lambda a, b: a >= b]
for a in vals:
    row = []
    for b in vals:
        for op in ops:
            try:
                row.append(str(int(op(a, b))))
            except TypeError as e:
                row.append("T")
    print("".join(row))
h = []
for i in range(200):
    heapq.heappush(h, ((i * 37) % 11, str(i % 7), i))
print([heapq.heappop(h) for _ in range(20)])
t = (nan,)
print(t == t, t < t, [t] == [t], (nan, 1) == (nan, 1), max([(1, 2), (1, 3), (0, 9)]), min([(2.5, "x"), (2.5, "a")]))
