# Digits of pi by the unbounded spigot (Gibbons), with big integers that
# grow to thousands of digits: multiplication, floor division and
# comparisons of big ints, as in pyperformance's pidigits.
import sys


def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def e_digits(count):
    # e by the series sum 1/k!, scaled by 10**(count+10)
    scale = 10 ** (count + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:count]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    digits = pi_digits(n)
    text = "".join(str(d) for d in digits)
    for i in range(0, min(len(text), 60), 20):
        print(text[i:i + 20])
    print("sum", sum(digits), "last", text[-10:])
    e = e_digits(n // 2)
    print("e", e[:20], e[-10:], sum(int(c) for c in e))
    f = 1
    for i in range(2, n // 4 + 2):
        f *= i
    s = str(f)
    print("fact digits", len(s), s[:12], s.count("7"))


main()
