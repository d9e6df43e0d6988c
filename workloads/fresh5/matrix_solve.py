# Dense linear algebra on lists of lists, written the way a numerical
# methods course would: a small Matrix class with operator overloading
# (__add__, __mul__, __getitem__; matmul a method), LU decomposition with partial
# pivoting, forward/back substitution, determinants and inverses, QR by
# modified Gram-Schmidt, power iteration for the dominant eigenvalue,
# Jacobi and Gauss-Seidel iterations on a diagonally dominant system, and an
# exact integer determinant by Bareiss' fraction-free elimination checked
# against the LU one.  Results printed rounded.
# Parameters: matrix size (default 40), repetitions (default 3).
import sys
import math
import random


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    @classmethod
    def random(cls, n, m, rng, lo=-1.0, hi=1.0):
        return cls([[rng.uniform(lo, hi) for _ in range(m)] for _ in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return Matrix([[a - b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def matmul(self, other):
        # gclab's subset has no @ operator (docs/workloads.md): a method instead
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def apply(self, vec):
        return [sum(a * b for a, b in zip(r, vec)) for r in self.rows]

    def norm(self):
        return math.sqrt(sum(a * a for r in self.rows for a in r))

    def __repr__(self):
        return f"Matrix({self.n}x{self.m})"


class Singular(Exception):
    pass


def lu_decompose(A):
    n = A.n
    lu = [row[:] for row in A.rows]
    perm = list(range(n))
    sign = 1
    for k in range(n):
        pivot = max(range(k, n), key=lambda i: abs(lu[i][k]))
        if abs(lu[pivot][k]) < 1e-12:
            raise Singular(f"pivot {k}")
        if pivot != k:
            lu[k], lu[pivot] = lu[pivot], lu[k]
            perm[k], perm[pivot] = perm[pivot], perm[k]
            sign = -sign
        pk = lu[k]
        inv = 1.0 / pk[k]
        for i in range(k + 1, n):
            row = lu[i]
            f = row[k] * inv
            row[k] = f
            if f != 0.0:
                for j in range(k + 1, n):
                    row[j] -= f * pk[j]
    return lu, perm, sign


def lu_solve(lu, perm, b):
    n = len(lu)
    y = [0.0] * n
    for i in range(n):
        s = b[perm[i]]
        row = lu[i]
        for j in range(i):
            s -= row[j] * y[j]
        y[i] = s
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = y[i]
        row = lu[i]
        for j in range(i + 1, n):
            s -= row[j] * x[j]
        x[i] = s / row[i]
    return x


def determinant(A):
    lu, _, sign = lu_decompose(A)
    d = float(sign)
    for i in range(A.n):
        d *= lu[i][i]
    return d


def inverse(A):
    lu, perm, _ = lu_decompose(A)
    n = A.n
    cols = []
    for j in range(n):
        e = [0.0] * n
        e[j] = 1.0
        cols.append(lu_solve(lu, perm, e))
    return Matrix(cols).transpose()


def qr(A):
    n, m = A.n, A.m
    cols = [list(c) for c in zip(*A.rows)]
    q = []
    r = [[0.0] * m for _ in range(m)]
    for j in range(m):
        v = cols[j][:]
        for i, qi in enumerate(q):
            dot = sum(a * b for a, b in zip(qi, v))
            r[i][j] = dot
            v = [a - dot * b for a, b in zip(v, qi)]
        nv = math.sqrt(sum(a * a for a in v))
        r[j][j] = nv
        q.append([a / nv for a in v])
    return Matrix(q).transpose(), Matrix(r)


def power_iteration(A, iters):
    v = [1.0] * A.n
    lam = 0.0
    for _ in range(iters):
        w = A.apply(v)
        lam = max(w, key=abs)
        v = [x / lam for x in w]
    return lam


def gauss_seidel(A, b, tol, maxit):
    n = A.n
    x = [0.0] * n
    for it in range(1, maxit + 1):
        delta = 0.0
        for i in range(n):
            row = A.rows[i]
            s = b[i]
            for j in range(n):
                if j != i:
                    s -= row[j] * x[j]
            new = s / row[i]
            delta = max(delta, abs(new - x[i]))
            x[i] = new
        if delta < tol:
            return x, it
    return x, maxit


def jacobi(A, b, tol, maxit):
    n = A.n
    x = [0.0] * n
    for it in range(1, maxit + 1):
        new = [(b[i] - sum(A.rows[i][j] * x[j] for j in range(n) if j != i)) / A.rows[i][i] for i in range(n)]
        delta = max(abs(a - c) for a, c in zip(new, x))
        x = new
        if delta < tol:
            return x, it
    return x, maxit


def bareiss(rows):
    m = [r[:] for r in rows]
    n = len(m)
    sign = 1
    prev = 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for i in range(k + 1, n):
                if m[i][k] != 0:
                    m[k], m[i] = m[i], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[n - 1][n - 1]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rng = random.Random(1234)
    for rep in range(reps):
        A = Matrix.random(n, n, rng)
        B = Matrix.random(n, n, rng)
        C = A.matmul(B)
        ct = B.transpose().matmul(A.transpose())
        sym_err = (C.transpose() - ct).norm()
        det_c = determinant(C)
        det_ab = determinant(A) * determinant(B)
        rel = abs(det_c - det_ab) / max(abs(det_c), 1e-300)
        inv = inverse(A)
        resid = (A.matmul(inv) - Matrix.identity(n)).norm()
        Q, R = qr(A)
        qr_err = (Q.matmul(R) - A).norm()
        orth = (Q.transpose().matmul(Q) - Matrix.identity(n)).norm()
        print(f"rep {rep}: |C^T - B^T A^T| {sym_err:.1e}, det rel err {rel:.1e} ({'ok' if rel < 1e-6 else 'BAD'}),"
              f" |A A^-1 - I| < 1e-9 {resid < 1e-9}, QR ok {qr_err < 1e-9 and orth < 1e-9}")
        D = Matrix([[abs(v) for v in r] for r in A.rows])
        for i in range(n):
            D[i, i] = sum(D.rows[i]) + 1.0
        b = [rng.uniform(-5, 5) for _ in range(n)]
        lu, perm, _ = lu_decompose(D)
        x_lu = lu_solve(lu, perm, b)
        x_gs, it_gs = gauss_seidel(D, b, 1e-10, 500)
        x_j, it_j = jacobi(D, b, 1e-10, 500)
        err_gs = max(abs(a - c) for a, c in zip(x_lu, x_gs))
        err_j = max(abs(a - c) for a, c in zip(x_lu, x_j))
        print(f"  dominant system: Gauss-Seidel {it_gs} its (err<1e-8 {err_gs < 1e-8}),"
              f" Jacobi {it_j} its (err<1e-8 {err_j < 1e-8}), x[0] = {x_lu[0]:.6f}")
        S = A + A.transpose() + Matrix.identity(n) * (2.0 * n)
        lam = power_iteration(S, 60)
        print(f"  dominant eigenvalue of sym. shifted A: {lam:.4f}")
        k = min(n, 16 + rep * 4)
        ints = [[rng.randint(-9, 9) for _ in range(k)] for _ in range(k)]
        exact = bareiss(ints)
        approx = determinant(Matrix([[float(v) for v in r] for r in ints]))
        close = abs(exact - approx) <= 1e-6 * max(1.0, abs(float(exact)))
        print(f"  Bareiss det {k}x{k}: {exact} ({len(str(abs(exact)))} digits), LU agrees {close}")


main()
