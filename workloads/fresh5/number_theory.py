# Elementary and not-so-elementary number theory on Python's big integers:
# hand-written square-and-multiply modular exponentiation checked against
# pow(), Miller-Rabin with fixed witnesses, Pollard's rho (Brent's variant)
# for factoring semiprimes of 40-70 bits, Fibonacci numbers modulo m by fast
# doubling and by matrix powers, the Chinese remainder theorem, the
# extended Euclidean algorithm, continued fractions of square roots (Pell
# equations) and a few digit sums of large factorials and powers.
# Parameters: rounds (default 60), Pell limit (default 120).
import sys
import math


def powmod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def is_probable_prime(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = powmod(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n += 1 if n % 2 == 0 else 2
    while not is_probable_prime(n):
        n += 2
    return n


def brent(n, seed):
    if n % 2 == 0:
        return 2
    y, c, m = seed % n, (seed * 7 + 1) % n, 64
    g, r, q = 1, 1, 1
    x = ys = 0
    while g == 1:
        x = y
        for _ in range(r):
            y = (y * y + c) % n
        k = 0
        while k < r and g == 1:
            ys = y
            for _ in range(min(m, r - k)):
                y = (y * y + c) % n
                q = q * abs(x - y) % n
            g = math.gcd(q, n)
            k += m
        r *= 2
    if g == n:
        while True:
            ys = (ys * ys + c) % n
            g = math.gcd(abs(x - ys), n)
            if g > 1:
                break
    return g


def factor(n, seed=3):
    if n == 1:
        return []
    if is_probable_prime(n):
        return [n]
    d = n
    while d == n:
        d = brent(n, seed)
        seed += 1
    return sorted(factor(d, seed) + factor(n // d, seed))


def fib_pair(n, mod):
    """(F(n), F(n+1)) mod m by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1, mod)
    c = a * ((2 * b - a) % mod) % mod
    d = (a * a + b * b) % mod
    if n & 1:
        return d, (c + d) % mod
    return c, d


def mat_mul(x, y, mod):
    return [[(x[0][0] * y[0][0] + x[0][1] * y[1][0]) % mod, (x[0][0] * y[0][1] + x[0][1] * y[1][1]) % mod],
            [(x[1][0] * y[0][0] + x[1][1] * y[1][0]) % mod, (x[1][0] * y[0][1] + x[1][1] * y[1][1]) % mod]]


def fib_matrix(n, mod):
    result = [[1, 0], [0, 1]]
    m = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mat_mul(result, m, mod)
        m = mat_mul(m, m, mod)
        n >>= 1
    return result[0][1]


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def crt(residues, moduli):
    x, m = 0, 1
    for r, n in zip(residues, moduli):
        g, p, _ = egcd(m, n)
        if (r - x) % g:
            return None
        x += m * ((r - x) // g * p % (n // g))
        m = m // g * n
        x %= m
    return x, m


def sqrt_cf(n):
    a0 = math.isqrt(n)
    if a0 * a0 == n:
        return a0, []
    m, d, a = 0, 1, a0
    period = []
    while a != 2 * a0:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
    return a0, period


def pell(n):
    a0, period = sqrt_cf(n)
    if not period:
        return None
    h0, h1 = 1, a0
    k0, k1 = 0, 1
    i = 0
    while h1 * h1 - n * k1 * k1 != 1:
        a = period[i % len(period)]
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        i += 1
    return h1, k1


def digit_sum(n):
    return sum(int(ch) for ch in str(n))


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    pell_limit = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    state = 0x9E3779B97F4A7C15
    mask = (1 << 64) - 1

    def rand():
        nonlocal state
        state ^= (state << 13) & mask
        state ^= state >> 7
        state ^= (state << 17) & mask
        return state

    mismatches = 0
    primes_found = []
    for r in range(rounds):
        bits = 40 + r % 31
        p = next_prime(rand() >> (64 - bits // 2))
        q = next_prime(rand() >> (64 - (bits - bits // 2)))
        n = p * q
        base = rand() % n
        e = rand()
        if powmod(base, e, n) != pow(base, e, n):
            mismatches += 1
        fs = factor(n)
        if fs != sorted([p, q]):
            print("factor mismatch", n, fs, p, q)
        if r % 10 == 0:
            print(f"round {r}: {n} = {' * '.join(map(str, fs))}")
        primes_found.append(p)
    print(f"powmod mismatches {mismatches}, primes sum {sum(primes_found)}")

    mod = 10 ** 9 + 7
    fa = [fib_pair(10 ** k + 3, mod)[0] for k in range(1, 40)]
    fb = [fib_matrix(10 ** k + 3, mod) for k in range(1, 40)]
    print(f"fib mod agree {fa == fb}, F(10^39+3) mod p = {fa[-1]}")
    big_mod = 10 ** 60 + 7
    acc = 1
    for i in range(rounds * 40):
        acc = (acc * 3 + i) % big_mod
        acc = (acc * acc + 12345) % big_mod if i % 7 == 0 else acc
    print(f"lcg over 10^60: {acc % 10 ** 12}")

    moduli = [next_prime(1000 * k + 17) for k in range(1, 12)]
    ok = 0
    for t in range(rounds * 5):
        secret = rand() * rand() % math.prod(moduli)
        sol = crt([secret % m for m in moduli], moduli)
        if sol is not None and sol[0] == secret:
            ok += 1
    print(f"crt recovered {ok}/{rounds * 5}")

    largest = (0, 0, 0)
    for n in range(2, pell_limit + 1):
        sol = pell(n)
        if sol and sol[0] > largest[1]:
            largest = (n, sol[0], sol[1])
    print(f"pell: largest minimal x for n={largest[0]}: {largest[1]} ({len(str(largest[1]))} digits)")

    f = math.factorial(300 + rounds)
    print(f"digit sum of {300 + rounds}! = {digit_sum(f)}, trailing zeros {len(str(f)) - len(str(f).rstrip('0'))}")
    print(f"digit sum of 2^{1000 + rounds * 10} = {digit_sum(2 ** (1000 + rounds * 10))}")
    g, x, y = egcd(f + 1, 2 ** 521 - 1)
    print(f"egcd: g={g}, check {(f + 1) * x + (2 ** 521 - 1) * y == g}")


main()
