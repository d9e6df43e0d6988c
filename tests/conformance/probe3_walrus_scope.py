# Probing program (issue 13, round 3): assignment expressions: scope in comprehensions, loops, conditions
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 4], y)
total = 0
print([total := total + x for x in data], total)
def f():
    [last := v for v in range(4)]
    return last
print(f())
def g():
    r = [(z := i) for i in range(3)]
    return z, r
print(g())
i = 0
while (i := i + 1) < 4:
    print("loop", i)
print(i)
print((a := 10, a + 1), a)
def h(xs):
    if any((hit := x) > 4 for x in xs):
        return hit
    return None
print(h(data), h([1, 2]))
vals = {k: (sq := k * k) for k in range(3)}
print(vals, sq)
def outer():
    res = []
    def inner():
        nonlocal res
        [res := res + [q] for q in range(2)]
    inner()
    return res
print(outer())
print([(p := j) + p for j in range(3)], p)
