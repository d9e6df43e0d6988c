# Float-only numeric kernels (no big integers anywhere): a Mandelbrot
# escape-time grid rendered to ASCII, a Lorenz attractor integrated with
# classic fourth-order Runge-Kutta on tuples, Newton's method on a family
# of complex cubics (real and imaginary parts as float pairs), Simpson's
# rule, and a 1-D heat equation stencil on a list of floats.  Written the way numeric code is written in
# plain Python: math module calls in inner loops, local aliases rarely.
# Parameters: grid size (default 120), RK4 steps (default 20000), seed (default 3).
import math
import sys


def mandelbrot(size, max_iter):
    rows = []
    counts = []
    for j in range(size // 2):
        y = -1.2 + 2.4 * j / (size // 2)
        line = []
        for i in range(size):
            x = -2.1 + 3.0 * i / size
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + x, 2.0 * zr * zi + y
                n += 1
            counts.append(n)
            line.append(" .:-=+*#%@"[n * 9 // max_iter])
        rows.append("".join(line))
    return rows, counts


def lorenz(state, sigma=10.0, rho=28.0, beta=8.0 / 3.0):
    x, y, z = state
    return (sigma * (y - x), x * (rho - z) - y, x * y - beta * z)


def rk4(f, state, dt, steps):
    path_len = 0.0
    maxz = -math.inf
    for _ in range(steps):
        k1 = f(state)
        s2 = tuple(s + 0.5 * dt * k for s, k in zip(state, k1))
        k2 = f(s2)
        s3 = tuple(s + 0.5 * dt * k for s, k in zip(state, k2))
        k3 = f(s3)
        s4 = tuple(s + dt * k for s, k in zip(state, k3))
        k4 = f(s4)
        new = tuple(s + dt / 6.0 * (a + 2 * b + 2 * c + d)
                    for s, a, b, c, d in zip(state, k1, k2, k3, k4))
        path_len += math.sqrt(sum((p - q) ** 2 for p, q in zip(new, state)))
        maxz = max(maxz, new[2])
        state = new
    return state, path_len, maxz


def newton_basins(size, seed):
    # z**3 + a*z - 1 over the complex plane, with z as a (re, im) pair
    roots_seen = {}
    iters = 0
    x = seed
    for k in range(size * size // 4):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        a = (x % 1000) / 500.0 - 1.0
        zr = (k % size) / size * 4 - 2
        zi = (k // size) / size * 4 - 2
        for it in range(40):
            z2r = zr * zr - zi * zi
            z2i = 2.0 * zr * zi
            fr = z2r * zr - z2i * zi + a * zr - 1.0
            fi = z2r * zi + z2i * zr + a * zi
            dr = 3.0 * z2r + a
            di = 3.0 * z2i
            den = dr * dr + di * di
            if den < 1e-24:
                break
            sr = (fr * dr + fi * di) / den
            si = (fi * dr - fr * di) / den
            zr -= sr
            zi -= si
            if math.hypot(sr, si) < 1e-10:
                break
        iters += it
        key = (round(zr, 3), round(zi, 3))
        roots_seen[key] = roots_seen.get(key, 0) + 1
    return iters, len(roots_seen)


def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3


def heat(n, steps):
    u = [0.0] * n
    u[n // 2] = 100.0
    alpha = 0.25
    for _ in range(steps):
        nu = [0.0] * n
        for i in range(1, n - 1):
            nu[i] = u[i] + alpha * (u[i - 1] - 2.0 * u[i] + u[i + 1])
        u = nu
    return u


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    rows, counts = mandelbrot(size, 60)
    for r in rows[len(rows) // 2 - 2: len(rows) // 2 + 2]:
        print(r[: min(72, size)])
    print("mandelbrot inside %d mean %.4f" % (counts.count(60), sum(counts) / len(counts)))
    state, length, maxz = rk4(lorenz, (1.0, 1.0, 1.0), 0.005, steps)
    print("lorenz %.6f %.6f %.6f length %.3f maxz %.4f" % (state + (length, maxz)))
    iters, nroots = newton_basins(size, seed)
    print("newton iterations", iters, "distinct roots", nroots)
    print("simpson sin %.10f exp %.10f gauss %.10f" % (
        simpson(math.sin, 0.0, math.pi, size * 10),
        simpson(math.exp, 0.0, 1.0, size * 10),
        simpson(lambda t: math.exp(-t * t / 2) / math.sqrt(2 * math.pi), -4.0, 4.0, size * 10)))
    u = heat(size, size * 4)
    print("heat total %.8f peak %.8f spread %.6f" % (
        sum(u), max(u), math.sqrt(sum(u[i] * (i - size // 2) ** 2 for i in range(size)) / sum(u))))


main()
