# '%e' / format(x, '.Ne') for values where the decimal exponent is hard to
# guess (just below and above powers of ten), ties, zeros and the edges of
# the exact integer path (around 1e-22 and 1e38), against CPython's text.
vals = [0.0, -0.0, 1.0, 0.5, 2.5, 0.125, 1e22, 1e23, 1e-22, 1e-23, 1e38, 1e39, 3e-39,
        9.9999999999999995e-07, 9.999999999999999e22, 1.0000000000000002, 0.1, 0.3,
        123456789.0, 2.0 ** 70, 2.0 ** 127, 2.0 ** -70, 5e-324, 1.7976931348623157e308]
for k in range(-24, 40, 3):
    p = 10.0 ** k
    vals += [p, p * (1 - 2.0 ** -53), p * (1 + 2.0 ** -52), 9.5 * p, 0.95 * p]
for v in vals:
    for prec in (0, 1, 2, 3, 5, 8, 12, 15, 16, 17):
        print("%.*e" % (prec, v), "%+.*E" % (prec, -v), format(v, ".%de" % prec), f"{v:>30.{prec}e}")
    print("%e|%E|%12.3e|%-12.2e|%012.1e" % (v, v, v, v, -v))
