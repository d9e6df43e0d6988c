import sys
print(sys.getrecursionlimit() >= 1000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
def mutual_a(n):
    return "done" if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(400))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
nested = []
cur = nested
for _ in range(200):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(nested)[:10], len(str(nested)))
def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
def gen_rec(n):
    if n:
        yield n
        yield from gen_rec(n - 1)
print(list(gen_rec(5)), sum(gen_rec(100)))
try:
    def deep_eq(n):
        a = []
        for _ in range(n):
            a = [a]
        return a == a
    print(deep_eq(100))
except RecursionError as e:
    print("RecursionError")
print("still alive", depth(10))
