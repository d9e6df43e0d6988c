# Probing program (issue 13, round 3): format() of ints with every spec part
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2**70, -(2**70)]
specs = ["", "d", "5d", "<6d", "^7d", ">8d", "=+9d", "+d", " d", "-d", ",d", "_d", "_x", "_b", "_o",
         "#x", "#X", "#o", "#b", "08d", "08,d", "010_x", "#010x", "x", "X", "o", "b", "c", "n",
         "e", ".2e", "f", ".1f", "g", "%", ".0%", "*^12,", "0=10", "+08.2f"]
for v in vals:
    row = []
    for s in specs:
        if s == "c" and not (0 <= v < 0x110000):
            continue
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append("E:" + type(e).__name__ + ":" + str(e))
    print(v, "|".join(row))
for bad in [",x", "_c", ",c", "s", "=s", ".3d", "#c", "z"]:
    try:
        print(format(5, bad))
    except ValueError as e:
        print("ValueError", e)
print(format(True, "d"), format(True, ""), format(True, "x"), format(False, ">5"))
print(f"{12345:,}", f"{-0:+}", f"{10**20:e}", f"{2**53+1:.17g}")
