# Probing program (issue 13, round 3): format() of floats, rounding and special values
vals = [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 1e16, 1.23456789e-7, 123456.789, 1e300, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".3f", "e", ".0e", "E", "g", ".1g", ".10g", "G", "%", ".1%", "+", " ", "#", "#.0f", "#g", "#.3g",
         "10.2f", "<10.2f", "^10", "=+12.3e", "012.4f", ",.2f", "_.3f", "n", ".2n", "r" if False else "F"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append("E:" + str(e))
    print("|".join(row))
for bad in ["d", "x", "c", "b", "#x", ",d"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print("ValueError", e)
print(repr(0.1 + 0.2), repr(1e22), repr(1e23), repr(1.0e-5), repr(0.0001), repr(123456789012345678.0))
print(str(1e16), str(1e15), str(-1e-4), str(1.5e-5), 1/3, 2/3, 10/3)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5, 0), round(1234.5678, -2))
print("%.3g|%10.4e|%-8.2f|%+.0f|%#.0f" % (0.0001234, 12345.678, 3.14159, 2.5, 3.0))
