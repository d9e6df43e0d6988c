# Small-int and float arithmetic loops: an integer hash mix, a
# Collatz walk, a Mandelbrot grid in floats, a Leibniz series and
# a fixed-point integration step.
import sys


def collatz_steps(limit):
    longest = 0
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > longest:
            longest, best = steps, start
    return best, longest


def mandel(size, iters):
    inside = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.5 * x / size - 2.0
            zr = zi = 0.0
            k = 0
            while k < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            if k == iters:
                inside += 1
    return inside


def leibniz(terms):
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s


def mix(n):
    h = 2166136261
    for i in range(n):
        h = ((h ^ (i & 255)) * 16777619) % 4294967296
        h = (h + (h >> 7) - i // 3) & 0xFFFFFFFF
    return h


def main(n):
    print("collatz", collatz_steps(n))
    print("mandel", mandel(n // 200, 40))
    print(f"leibniz {leibniz(n * 4):.10f}")
    print("mix", mix(n * 3))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000)
