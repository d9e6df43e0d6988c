x = "global-x"
vals = [x for x in range(3)]
print(x, vals)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 2])
print({r: [c for c in range(r)] for r in range(4)}, {v % 3 for row in matrix for v in row})
flat = [(a, b) for a in range(3) if a for b in "xy" if b != "x" or a > 1]
print(flat)
class K:
    base = 10
    items = [1, 2, 3]
    scaled = [i * 2 for i in items]
    try:
        broken = [i * base for i in items]
    except NameError as e:
        err = str(e)
print(K.scaled, K.err)
def outer():
    n = 5
    return [lambda m=m: n + m for m in range(3)]
print([f() for f in outer()])
if (total := sum(range(5))) > 5:
    print("total", total)
data = [3, 8, 1, 9]
print([y for v in data if (y := v * 2) > 5], y)
def walrus_scope():
    [z := i for i in range(3)]
    return z
print(walrus_scope())
genexp = (i * i for i in range(5) if i != 2)
print(next(genexp), list(genexp))
pairs = {k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]}
print(pairs)
print([[i for i in range(j)] for j in range(4)], [*(i for i in "ab")])
words = ["apple", "Bob", "cat", "Dog"]
print({w[0].lower(): w for w in words}, sorted({len(w) for w in words}))
print([c for c in "hello" if c not in "aeiou"], "".join(c.upper() if i % 2 else c for i, c in enumerate("alternate")))
nested = [[1, [2, 3]], [4], []]
print([b for a in nested for b in a if isinstance(b, int)], sum(len(a) for a in nested))
try:
    [1 / (i - 2) for i in range(4)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
it = iter(range(6))
print([(a, b) for a, b in zip(it, it)])
print(list(i for i in [] if i), [i for i in range(3)][::-1], {i: i for i in ()})
c = 0
def counter():
    global c
    c += 1
    return c
print([counter() for _ in range(3)], c)
