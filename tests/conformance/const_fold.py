# constant folding as CPython 3.11's AST optimiser: constant tuples (nested
# too), arithmetic, str concatenation and repetition become one constant
# within CPython's size limits; an operation that would raise is not folded
def same(f):
    return f() is f()
print(same(lambda: (1, 2)), same(lambda: ("a", None, 2.5)), same(lambda: ((1, 2), (3, (4,)))))
print(same(lambda: (1, 2) + (3,)), same(lambda: (1, 2) * 3), same(lambda: (1,) * 256), same(lambda: (1,) * 257))
print(same(lambda: (1, 2) * 128), same(lambda: (1, 2) * 129), same(lambda: ((1, 2),) * 256))
print(same(lambda: ((1, 2, 3, 4),) * 200), same(lambda: ((1, 2, 3, 4),) * 204), same(lambda: ((1, 2, 3, 4),) * 205))
print(same(lambda: "ab" + "cd!"), same(lambda: "x!" * 3), same(lambda: "ab" * 2048), same(lambda: "ab" * 2049))
print(same(lambda: "é!" * 2048), same(lambda: "" * 100000), same(lambda: "a b"[1:]), same(lambda: ("a b", "c d")[0]))
print(same(lambda: 2.5 * 4.25), same(lambda: -(1.5)), same(lambda: 10 / 4), same(lambda: 7 // 2 * 1.5))
print(same(lambda: (1, -2.5, not 1, ~5, +3.0)), (1, -2.5, not 1, ~5, +3.0))
print(same(lambda: (None,) + (True, 1 << 3, 2 ** 10, 2 ** -1, 17 % 5, 6 ^ 3, 6 | 9, 6 & 3, -9 >> 1)))
print((None,) + (True, 1 << 3, 2 ** 10, 2 ** -1, 17 % 5, 6 ^ 3, 6 | 9, 6 & 3, -9 >> 1))
def raises():
    return (1 / 0, "a" + 1, (1,)[5], 1 << -1)
try:
    raises()
except ZeroDivisionError as e:
    print("at run time:", e)
x = 5
print(same(lambda: (x, 1)), same(lambda: (1, [2])), same(lambda: (1, (x,))))
def f():
    return [k for k in [1, 2, (3, 4)] if k in [2, (3, 4)]]
print(f(), f()[1] is f()[1])
for j in [(1, 2), (1, 2)]:
    print(j, same(lambda: j))
