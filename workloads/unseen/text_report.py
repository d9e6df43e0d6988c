# String building: a report assembled with join, f-strings, %-formatting,
# str.format, padding, replace and splitting, over many rows.
import sys

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()


def row_text(i):
    w = WORDS[i % len(WORDS)]
    qty = (i * 37) % 101
    price = ((i * 53) % 997) / 10
    return f"{i:6d} | {w:<8} | {qty:>4} | {price:8.2f} | {w.upper()[:3]}-{i % 97:02d}"


def build_report(n):
    lines = ["%-6s | %-8s | %4s | %8s | %s" % ("row", "item", "qty", "price", "code")]
    lines.append("-" * len(lines[0]))
    for i in range(n):
        lines.append(row_text(i))
    lines.append("total rows: {} ({:.1%} full)".format(n, n / (n + 10)))
    return "\n".join(lines)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    report = build_report(n)
    parts = report.split("\n")
    cells = [p.split("|") for p in parts[2:-1]]
    qty = sum(int(c[2]) for c in cells)
    items = {}
    for c in cells:
        k = c[1].strip()
        items[k] = items.get(k, 0) + 1
    censored = report.replace("gamma", "G").replace("delta", "D")
    acc = ""
    for i in range(n // 10):
        acc += WORDS[i % 12][0]
        if len(acc) > 200:
            acc = acc[100:]
    words = " ".join(WORDS * (n // 100 + 1)).title()
    print(parts[0])
    print(parts[2])
    print(parts[-1])
    print("qty", qty, "items", sorted(items.items())[:3])
    print("lengths", len(report), len(censored), len(acc), len(words))
    print("checksum", (len(report) * 7 + qty + words.count("Eta")) % 1000000007)


main()
