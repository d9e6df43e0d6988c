# Comprehensions with several for/if clauses, nested comprehensions, and
# assignment expressions (:=) with PEP 572's scope rules.
print([(x, y) for x in range(3) for y in range(x)])
print([x * y for x in range(4) if x % 2 for y in range(3) if y])
print({(x, y): x + y for x in "ab" for y in "cd"})
print(list(c + d for c in "xy" for d in "12"))
m = [[1, 2], [3, 4], [5]]
print([v for row in m for v in row], [[v * 2 for v in row] for row in m])
def f():
    k = 10
    return [a + b + k for a in range(2) for b in [k, k + 1]]
print(f())
if (n := len(m)) > 2:
    print("n =", n)
data = [1, 5, 2, 8]
print([y for x in data if (y := x * 2) > 4], y)
def g():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(g())
while (chunk := data.pop()) != 5:
    print("chunk", chunk)
print(any((hit := v) > 3 for v in [1, 4, 9]), hit)
print([[(i, j) for j in range(i)] for i in range(3)])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals if v > 1] if True else None
print(K.doubled)
def outer():
    def inner():
        return [last := w for w in "abc"], last
    return inner()
print(outer())
found = [w for w in ["apple", "kiwi", "banana"] if (size := len(w)) > 4]
print(found, size)
print({k: v for k, v in zip("abc", range(3)) if v != 1 for _ in range(2)})
