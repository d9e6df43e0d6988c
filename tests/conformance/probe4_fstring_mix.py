name = "gclab"
n = 42
pi = 3.14159265
items = ["a", "b"]
d = {"k": "v"}
print(f"{name!r} {name!s} {name!a} {name:>8} {name:^9}|")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:+}|{-n:+}|{n: }|{n:05}")
print(f"{pi:.2f} {pi:10.4f} {pi:<10.1f}| {pi:e} {pi:.3E} {pi:G} {pi:%}")
print(f"{items} {items[0]} {d['k']} {d!r} {len(items) * 2}")
print(f"{n if n > 40 else 0} {'yes' if pi > 3 else 'no'} {[x * 2 for x in range(3)]}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|{name:{'*'}>{w}}|{n:{w}d}")
print(f"{'{'}braces{'}'} {{}} {{{n}}}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()} {P():abc} {P()!r} {P()!s} {P():>10}")
print(format(P(), "x"), "{:yz}".format(P()), "{!r:>6}".format(P()))
print(f"{1_000_000:,} {1234.5:,.1f} {0.000123:.2e} {123456:_}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:b} {65:c}")
print(f"{3:03} {-3:03} {3.5:06.2f} {-3.5:06.2f} {'s':03}")
print(f"{True} {None} {1e3} {1e-3} {0.1 + 0.2}")
x = 5
print(f"{x}{x}{x}", f"{x:{x}}", f"{'a' 'b'}", f"{x!r:>{x}}")
print(f"""multi
{x} line""", f'{"nested"}')
print(f"{[1, 2]!s:>10}|{(1,)}|{ {'a': 1} }|{ {1} }")
print(f"{3.0:.0%} {0.125:.1%} {2/3:.4} {10/3:.3} {1e20:.3} {123.456:.2}")
print(f"{-0.0} {-0.0:.1f} {0.0:+} {float('nan'):>5} {float('inf'):+.2f}")
for spec in ["=10", "<=5", "x>", ".0", "+08.3"]:
    try:
        print(repr(format(-12.5, spec)))
    except ValueError as e:
        print("ValueError:", e)
try:
    f"{n:z}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{items:>5}"
except TypeError as e:
    print("TypeError:", e)
