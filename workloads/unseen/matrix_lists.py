# Matrix code on nested lists: multiplication, transpose, Gaussian
# elimination with partial pivoting and a power iteration.
import sys


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        p = m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / p
            row = m[r]
            prow = m[col]
            for c in range(col, n + 1):
                row[c] -= f * prow[c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x


def power_iteration(a, steps):
    v = [1.0] * len(a)
    lam = 0.0
    for _ in range(steps):
        w = [sum(x * y for x, y in zip(row, v)) for row in a]
        lam = max(abs(x) for x in w)
        v = [x / lam for x in w]
    return lam


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    a = [[((i * 7 + j * 13) % 11) / 10.0 + (2.0 if i == j else 0.0) for j in range(n)] for i in range(n)]
    b = [float(i % 5) for i in range(n)]
    c = matmul(a, identity(n))
    same = all(abs(c[i][j] - a[i][j]) < 1e-12 for i in range(n) for j in range(n))
    sq = matmul(a, a)
    x = solve(a, b)
    resid = max(abs(sum(a[i][j] * x[j] for j in range(n)) - b[i]) for i in range(n))
    lam = power_iteration(a, 30)
    t = [list(r) for r in zip(*sq)]
    tr = sum(t[i][i] for i in range(n))
    print("identity ok", same)
    print("residual small", resid < 1e-9)
    print("trace", round(tr, 6), "lambda", round(lam, 6))
    print("checksum", round(sum(x), 6))


main()
