# String building and formatting: a table rendered with %-formatting,
# str.format and f-strings, padded, joined, accumulated with += and
# through a list, then summarised.
import sys


def row_percent(i, name, value):
    return "%-10s|%8d|%10.3f|%s" % (name, i, value, "*" * (i % 7))


def row_format(i, name, value):
    return "{:<10}|{:>8}|{:>10.2f}|{}".format(name, i, value, "#" * (i % 5))


def row_fstring(i, name, value):
    return f"{name:>12} {i:08x} {value:+.4e} {name.upper()[:3]}"


def main(n):
    names = [f"item{k}" for k in range(50)]
    out = []
    acc = ""
    digest = 0
    for i in range(n):
        name = names[i % 50]
        value = i / 7.0
        a = row_percent(i, name, value)
        b = row_format(i, name, value)
        c = row_fstring(i, name, value)
        line = " ".join((a, b, c.strip()))
        out.append(line)
        acc += name[-1]
        if len(acc) > 200:
            digest += len(acc.replace("1", "one"))
            acc = ""
        if len(out) >= 1000:
            text = "\n".join(out)
            digest += len(text) + text.count("|") + len(text.splitlines())
            out = []
    text = "\n".join(out)
    digest += len(text)
    print("digest", digest)
    print(row_percent(12, "x", 1.5))
    print(row_format(12, "x", 1.5))
    print(row_fstring(12, "x", 1.5))
    print(repr(acc[:20]), str(n).zfill(10), str(n).center(12, "."))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150000)
