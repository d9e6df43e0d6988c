# sort_fastpaths.py -- sorts of all-int, all-str and all-float lists only
# (the sort's specialised compares), under gclab and CPython 3.11
# (docs/benchmarks.md, "list.sort as CPython 3.11's timsort").
def data(n, seed, m):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append((x >> 8) % m)
    return out
r = data(50000, 1, 1 << 20)
d = data(50000, 2, 50)
s = list(map(str, r))
f = list(map(float, r))
t = 0
for rep in range(10):
    t += sorted(r)[7] + sorted(d)[9] + len(sorted(s)[3]) + int(sorted(f)[5])
print(t)
