# A unit-conversion table printed with format specs.
UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125, "t": 1000.0},
}

def convert(value, frm, to):
    for kind, table in UNITS.items():
        if frm in table and to in table:
            return value * table[frm] / table[to]
    raise KeyError(f"cannot convert {frm} to {to}")

def c_to_f(c):
    return c * 9 / 5 + 32

print(f"{'from':<6}{'to':<6}{'value':>14}{'sci':>14}{'g':>12}")
for frm, to, v in [("km", "mi", 42.195), ("in", "cm", 1), ("lb", "kg", 150), ("oz", "g", 3.5),
                   ("mm", "ft", 1e6), ("t", "oz", 0.002), ("mi", "in", 1)]:
    r = convert(v, frm, to)
    print(f"{frm:<6}{to:<6}{r:>14,.4f}{r:>14.3e}{r:>12g}")
print("-" * 52)
for c in range(-40, 101, 35):
    f = c_to_f(c)
    print("{:>+5d}C = {:>7.1f}F | {:^9} | {:08.3f} | {:x}".format(c, f, "%" if c % 2 else "even", f, c & 0xff))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(0.000123, ".2%"), format(42, "#010b"))
print(format(3.0, ".0f"), format(2.5, ".0f"), format(-0.0, "+.1f"), format(1e16, "g"), format(1e-5, "f"))
print("{0:*^20}|{0:*<8}|{0:*>8}".format("mid"))
print("{:=+10.2f}|{:=10d}|{: d}|{:-d}".format(-3.14159, -42, 7, 7))
print("{:,}|{:_}|{:_x}|{:#o}|{:#X}".format(10**9, 10**9, 0xdeadbeef, 64, 255))
print("{:.3s}|{:>5.2s}|{!r:>8}|{!s:<6}|".format("abcdef", "xyz", "q", None))
print("%5.1f%% done, %+d items, %-6s|, %x %o %e" % (99.44, 5, "ok", 255, 8, 12345.678))
print("%(a)s and %(b)04d" % {"a": "A", "b": 7}, "%c%c" % (72, "i"), "%.3s" % "abcdef")
try:
    convert(1, "kg", "m")
except KeyError as e:
    print("KeyError:", e)
for spec in ["d", ".2f", "x", "s", ",", "c"]:
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
for spec in ["d", "s", ".2", "%", "e"]:
    try:
        print(spec, repr(format(2.5, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
