x = "global x"
vals = [x for x in range(3)]
print(x, vals)
pairs = [(i, j) for i in range(3) if i for j in "ab" if j != "b" or i == 2]
print(pairs)
print({i % 3 for i in range(10)}, {k: k ** 2 for k in range(4) if k}, list(c for c in "hey"))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [list(col) for col in zip(*matrix)])
print([[y for y in range(x)] for x in range(4)], [v for row in matrix for v in row if v % 2])
class K:
    base = 10
    items = [base + i for i in range(3)] if False else [1, 2]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        msg = str(e)
print(K.items, K.msg)
def f():
    n = 5
    return [n * i for i in range(3)], (lambda: [n + j for j in range(2)])()
print(f())
gen = (i * i for i in range(5))
print(sum(gen), sum(gen))
def g():
    acc = []
    total = [acc.append(i) or i for i in range(4)]
    return acc, total
print(g())
print([(yield_) for yield_ in ["kw-ish"]], [_ for _ in range(2)])
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]), sorted({s.lower() for s in ["A", "a", "B"]}))
funcs = [lambda n=n: n * 10 for n in range(3)]
print([fn() for fn in funcs])
names = ["bob", "alice", "eve"]
print({n: len(n) for n in names}, {len(n): n for n in names}, [n[0] for n in sorted(names)])
print([i for i in range(20) if i % 2 if i % 3], [a + b for a, b in [(1, 2), (3, 4)]])
print([c * 2 for c in "ab"] + [n for n in (1, 2)], [[]for _ in range(2)], [(lambda q: q)(z) for z in "xy"])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([(w := i * 2) for i in range(3)], w)
nested = {k: [v for v in range(k)] for k in range(3)}
print(nested, {k: {j: j for j in range(k)} for k in range(3)})
