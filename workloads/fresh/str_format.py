# String formatting of every kind: printf-style %, str.format with specs,
# f-strings with widths, precision, alignment, signs, thousands separators
# and conversions; a fixed-width report built line by line.
import sys


def fmt_percent(i, x, name):
    return "%5d|%-8s|%8.3f|%+.2e|%x|%05.1f%%" % (i, name, x, x * 1000, i * 37, (x * 10) % 100)


def fmt_format(i, x, name):
    return "{0:>6}|{1:<10}|{2:^9.2f}|{3:,}|{4:08b}|{name!r}".format(i, name, x, i * 12345, i % 256, name=name)


def fmt_fstring(i, x, name):
    w = 4 + i % 5
    return f"{i:>{w}}|{name:^10}|{x:10.4f}|{x:.3g}|{i * 1000003:_}|{-x:+.1f}|{name!s:.3}|{i:#o}"


def table(rows):
    widths = [max(len(str(r[c])) for r in rows) for c in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = []
        for c, v in enumerate(r):
            if isinstance(v, str):
                cells.append(v.ljust(widths[c]))
            else:
                cells.append(str(v).rjust(widths[c]))
        lines.append(" | ".join(cells))
    sep = "-+-".join("-" * w for w in widths)
    return "\n".join([lines[0], sep] + lines[1:])


NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    h = 0
    total_len = 0
    samples = []
    for i in range(n):
        x = (i * 7.25) / 3.0 - 100.0
        name = NAMES[i % len(NAMES)]
        a = fmt_percent(i, x, name)
        b = fmt_format(i, x, name)
        c = fmt_fstring(i, x, name)
        total_len += len(a) + len(b) + len(c)
        for s in (a, b, c):
            h = (h * 131 + len(s) + ord(s[len(s) // 2])) % 1000000007
        if i % (n // 4 or 1) == 0:
            samples.append((a, b, c))
    for a, b, c in samples:
        print(a)
        print(b)
        print(c)
    print("length", total_len, "hash", h)
    rows = [("name", "count", "mean")]
    for k, name in enumerate(NAMES):
        rows.append((name.title(), k * k * 101, "%.2f" % (k / 3)))
    print(table(rows))
    parts = []
    for i in range(n // 10):
        parts.append("{}:{}".format(NAMES[i % 10][:2], i % 97))
    joined = ",".join(parts)
    print(len(joined), joined[:40])
    print("%s %r %a %c %%" % ("x", "y", "z\u00e9", 65))
    print("{:*^20}".format(" mid "), f"{3.14159:e}", f"{1234567.891:,.2f}", f"{0.000123:.2%}")


main()
