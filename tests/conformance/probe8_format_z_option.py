# Format spec corners, including 3.11's 'z' (negative zero coerced to zero).
for v in (-0.0, 0.0, -0.0001, -1e-10, 1e-10):
    print(repr(format(v, "z.1f")), repr(format(v, ".1f")), repr(format(v, "z.0e")), repr(format(v, "z.2%")), repr(format(v, "z")))
print(repr(format(-0.0, "z")), repr(format(-0.0, "+z.1f")), repr(format(-0.0, " z.2f")), repr(format(-0.0, "z=8.1f")))
for spec in ("zd", "z", "zs", "zx", "zc"):
    for v in (-0, 5, "s"):
        try:
            print(spec, repr(v), repr(format(v, spec)))
        except ValueError as e:
            print(spec, repr(v), "ValueError", e)
print(format(1234567, ","), format(1234567, "_"), format(1234567.891, ",.2f"), format(0xabcdef, "_x"), format(0b1111_0000, "_b"))
for bad in (("s", ","), ("s", "_"), (1.5, "_x"), (5, ",x"), (5, ",_"), (5, "_,"), (5, ",c"), (1.5, "c"), ("s", "="), ("s", "+")):
    try:
        print(repr(format(*bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(format(65, "c"), format(0x1F600, "c") == chr(0x1F600), format(10, "#06x"), format(-10, "#x"), format(255, "#010_b"))
print(format(3.14159, "010.3f"), format(-3.14159, "010.3f"), format(3.0, "#g"), format(3.0, "g"), format(1e-7, "n"), format(12345.678, "n"))
print(format(1.5, "%"), format(0.125, ".0%"), format(float("inf"), "%"), format(float("nan"), "+f"), format(float("-inf"), "010f"))
print(format(True, "d"), format(True, ""), format(True, "5"), format(False, ">6"), format(None, ""), format(None, "<6") if False else "skip")
try:
    format(None, "<6")
except TypeError as e:
    print("TypeError", e)
try:
    format([], "x")
except TypeError as e:
    print("TypeError", e)
print(format(2**64, "x"), format(-2**64, ","), format(10**20, "e"), format(10**20, ".3g"), format(2**100, "_"))
print("{:08.3f}|{:<08d}|{:^+8d}|{:=^9}".format(-1.5, 7, 7, "mid"))
print("{0:>{1}s}|{0:^{1}}|{0:<{1}}".format("ab", 6))
print(format(1e16, ""), format(1e16, "g"), format(123456789.0, ""), format(0.1, ".20f"), format(1 / 3, ".17g"))
