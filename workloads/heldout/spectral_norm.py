# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1)/2
# + i + 1), by power iteration on A^T A: nested loops of float division
# and multiply-add, a function call per matrix element, zip and sum over
# lists of floats.
import sys


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def main(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = sum(x * y for x, y in zip(u, v))
    vv = sum(x * x for x in v)
    print("%0.9f" % ((vbv / vv) ** 0.5))
    print("%.6e %.6e" % (u[0], v[-1]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 260)
