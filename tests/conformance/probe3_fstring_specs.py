# Probing program (issue 13, round 3): f-string conversions, nested specs, expressions
x = 3.14159
w = 10
items = ["a", "bb", "ccc"]
d = {"k": 5}
print(f"{x:{w}.{2}f}|{x!r:>{w}}|{'s'!r}|{items[1]!a}")
print(f"{d['k']:03d} {len(items)}")
print(f"{'{'}{'}'} {{}} {x:.0f}{x:.1e}")
print(f"{1 if x > 3 else 2} {(lambda v: v * 2)(4)} {[i for i in range(3)]}")
print(f"{'é'!a} {chr(0x1F600)!a}")
print(f"{-5:+05} {5:=+5} {255:#06x} {0.5:.0%} {1234567.891:,.2f} {1234567:_}")
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
    def __str__(self):
        return "strF"
    def __repr__(self):
        return "reprF"
f = F()
print(f"{f} {f!s} {f!r} {f:xyz} {f!s:>6} {f!r:<7}|")
for bad_spec in ["q", ".-1f"]:
    try:
        print(f"{x:{bad_spec}}")
    except ValueError as e:
        print("ValueError", e)
nested = "inner"
print(f"{f'{nested:>8}'}|{'%s' % nested}|{nested.upper()!r}")
print(f"{None!s:>6}|{True:>6}|{None}|{[1, 2]!s:<8}|")
