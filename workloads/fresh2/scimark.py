# SciMark-style kernels on lists of floats (as pyperformance's scimark):
# successive over-relaxation on a grid, LU factorisation with partial
# pivoting, sparse matrix-vector products in compressed-row form and a
# Monte-Carlo estimate of pi from random.Random.  Nested list indexing
# and float arithmetic.
import random
import sys


def sor(n, cycles, omega=1.25):
    grid = [[(i * j % 7) / 7.0 for j in range(n)] for i in range(n)]
    om4 = omega * 0.25
    om1 = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            gm = grid[i - 1]
            g = grid[i]
            gp = grid[i + 1]
            for j in range(1, n - 1):
                g[j] = om4 * (gm[j] + gp[j] + g[j - 1] + g[j + 1]) + om1 * g[j]
    return sum(sum(row) for row in grid)


def lu_factor(a):
    n = len(a)
    pivots = list(range(n))
    for j in range(n):
        jp = j
        t = abs(a[j][j])
        for i in range(j + 1, n):
            ab = abs(a[i][j])
            if ab > t:
                jp = i
                t = ab
        pivots[j] = jp
        if a[jp][j] == 0:
            raise ZeroDivisionError("singular matrix")
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
        if j < n - 1:
            for ii in range(j + 1, n):
                aii = a[ii]
                aj = a[j]
                aiij = aii[j]
                for jj in range(j + 1, n):
                    aii[jj] -= aiij * aj[jj]
    return pivots


def sparse(n, nz, rng, iters):
    nr = nz // n
    val = []
    col = []
    row = [0]
    for r in range(n):
        step = max(1, r // nr) if r >= nr else 1
        cols = sorted({(r + k * step) % n for k in range(nr)})
        for c in cols:
            col.append(c)
            val.append(rng.random())
        row.append(len(col))
    x = [1.0 / (i + 1) for i in range(n)]
    y = [0.0] * n
    for _ in range(iters):
        for r in range(n):
            s = 0.0
            for k in range(row[r], row[r + 1]):
                s += x[col[k]] * val[k]
            y[r] = s
    return sum(y), len(val)


def monte_carlo(samples, rng):
    under = 0
    rand = rng.random
    for _ in range(samples):
        x = rand()
        y = rand()
        if x * x + y * y <= 1.0:
            under += 1
    return under / samples * 4.0


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 900
    rng = random.Random(20261207)
    print("sor %.6f" % sor(max(8, n // 2), 10))
    size = max(6, n // 3)
    a = [[rng.random() for _ in range(size)] for _ in range(size)]
    piv = lu_factor(a)
    diag = 1.0
    for i in range(size):
        diag *= a[i][i]
    print("lu", size, piv[:6], "%.6e" % abs(diag))
    s, nnz = sparse(n * 10, n * 50, rng, 10)
    print("sparse %.6f %d" % (s, nnz))
    print("pi %.5f" % monte_carlo(n * 400, rng))


main()
