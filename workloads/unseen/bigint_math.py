# Big-integer arithmetic: digits of pi by Gibbons' spigot, Fibonacci by
# fast doubling, factorials and binomials, modular exponentiation and a
# Miller-Rabin primality test on large numbers.
import sys


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def fib(n):
    if n == 0:
        return (0, 1)
    a, b = fib(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return (d, c + d)
    return (c, d)


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    digits = pi_digits(n)
    f = fib(n * 20)[0]
    fact = 1
    for i in range(2, n + 1):
        fact *= i
    binom = fact // (fact // (n // 2 + 1))
    primes = [k for k in range(2 ** 89 - 200, 2 ** 89 + 1) if is_probable_prime(k)]
    acc = 0
    for i in range(n * 10):
        acc = (acc * 1000003 + i * i) ^ (acc >> 17)
        acc &= (1 << 256) - 1
    print("pi", "".join(map(str, digits[:30])), sum(digits))
    print("fib bits", f.bit_length(), f % 1000000007)
    print("fact digits", len(str(fact)), binom % 997)
    print("primes", len(primes), primes[-1] if primes else None)
    print("checksum", (sum(digits) + f + fact + acc) % 1000000007)


main()
