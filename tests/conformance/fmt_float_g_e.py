# '%g', '%e' and format(x, '.Ng'/'.N'/'.Ne'/'#g') across magnitudes and
# precisions, ties and carries (9.5, 99.5, 0.00099995, 999999.5 with '#g',
# where glibc's printf gives "1.e+06"), the first lines printed and a hash
# over all: gclab formats these in exact 128-bit integer arithmetic, not
# with printf.  Values are made one at a time (the program runs under
# --stress, which collects at every allocation).
FIXED = [0.0, -0.0, 1.0, 0.5, 9.5, 99.5, 0.000123, 1e-5, 1.5e-5, 123456789.0, 1e16, 1e17, 2.5,
         0.125, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 12345.6789, 99999.95, 0.00099995,
         9.9995, 100000.0, 1e-4, 999999.5, 9999995.0, -97583.25, 2.675, 1.0000000000000002]


def lines(v):
    for p in (0, 1, 2, 3, 5, 6, 10, 15, 17):
        yield "%.*g|%.*G|%.*e" % (p, v, p, v, p, v)
        yield f"{v:.{p}g}|{v:.{p}}|{v:.{p}e}|{v:.{p}%}"
    yield f"{v:g}|{v:e}|{v:G}|{v:10.4g}|{v:+.3g}|{v:#.3g}|{v:#g}"


def values():
    yield from FIXED
    s = 12345
    for i in range(120):
        s = (s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        e = (s >> 20) % 90 - 45
        m = ((s >> 8) & 0xFFFFFFFFFFFF) / float(1 << 48)
        yield m * 10.0 ** e * (-1 if s & 1 else 1)
        yield float((s >> 30) % 100000) / 8
        yield round(m * 1000, (s >> 3) % 6) + 0.5 ** ((s >> 40) % 12)


h = 0
count = 0
for v in values():
    for line in lines(v):
        if count < len(FIXED) * 19:
            print(line)
        count += 1
        for c in line:
            h = (h * 131 + ord(c)) % 1000000007
print(count, h)
