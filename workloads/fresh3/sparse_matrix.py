# Sparse matrices as dicts of dicts (row -> {col: value}): building a
# banded random matrix, transpose, matrix-vector and matrix-matrix
# products, power iteration for the dominant eigenvalue, a Jacobi solve
# of a diagonally dominant system, and a row/column sum checksum.
import sys


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def make(n, per_row, seed):
    g = lcg(seed)
    m = {}
    for i in range(n):
        row = {}
        for _ in range(per_row):
            j = (i + next(g) % (2 * per_row + 1) - per_row) % n
            row[j] = row.get(j, 0.0) + (next(g) % 1000) / 250.0 - 2.0
        row[i] = row.get(i, 0.0) + 4.0 * per_row     # diagonally dominant
        m[i] = row
    return m


def transpose(m):
    t = {}
    for i, row in m.items():
        for j, v in row.items():
            t.setdefault(j, {})[i] = v
    return t


def matvec(m, x):
    return [sum(v * x[j] for j, v in m[i].items()) for i in range(len(x))]


def matmul(a, b):
    out = {}
    for i, arow in a.items():
        acc = {}
        for k, av in arow.items():
            brow = b.get(k)
            if brow is None:
                continue
            for j, bv in brow.items():
                acc[j] = acc.get(j, 0.0) + av * bv
        out[i] = {j: v for j, v in acc.items() if abs(v) > 1e-12}
    return out


def power_iteration(m, n, steps):
    x = [1.0] * n
    lam = 0.0
    for _ in range(steps):
        y = matvec(m, x)
        norm = max(abs(v) for v in y)
        x = [v / norm for v in y]
        lam = norm
    return lam


def jacobi(m, b, steps):
    n = len(b)
    x = [0.0] * n
    for _ in range(steps):
        nx = []
        for i in range(n):
            row = m[i]
            s = b[i]
            for j, v in row.items():
                if j != i:
                    s -= v * x[j]
            nx.append(s / row[i])
        x = nx
    r = matvec(m, x)
    return x, max(abs(r[i] - b[i]) for i in range(n))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    a = make(n, 5, 11)
    t = transpose(a)
    nnz = sum(len(r) for r in a.values())
    print("n", n, "nnz", nnz, "t", sum(len(r) for r in t.values()))
    p = matmul(a, t)
    print("a*at nnz", sum(len(r) for r in p.values()))
    lam = power_iteration(a, n, 30)
    print("lambda %.6f" % lam)
    b = [float(i % 7) - 3.0 for i in range(n)]
    x, res = jacobi(a, b, 25)
    print("jacobi residual %.3e x0 %.6f" % (res, x[0]))
    rs = sum(sum(r.values()) for r in p.values())
    print("checksum %.6f" % (rs / n + lam + sum(x)))


main()
