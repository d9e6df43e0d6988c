# f-strings: conversions and format specs, nested specs, errors
class R:
    def __repr__(self):
        return 'R()'
    def __str__(self):
        return 'r-str'
    def __format__(self, spec):
        return 'fmt[' + spec + ']'

r = R()
print(f"{r}|{r!r}|{r!s}|{r!a}|{r:xyz}|{r!r:>6}|{r!s:*^9}")
x = 3.14159
w, p = 10, 3
print(f"[{x:{w}.{p}f}] [{x:<{w}}] [{x:+.2e}] [{x:g}] [{x:%}] [{x:.1%}]")
n = 1234567
print(f"{n:,} {n:_} {n:_x} {n:#x} {n:#o} {n:#b} {n:X} {n:e} {n:=+12,} {n:012}")
print(f"{-42:>8} {-42:<8}| {-42:^8}| {-42:=8} {42: d} {-42: d}")
print(f"{'abc':>6}|{'abc':.2}|{'abc':x<5}|{'abc'!r:^9}|")
print(f"{True} {True:d} {False!r} {None!s:>5}")
print(f"{1e100:.3g} {1e-7} {123456789.0:.3} {0.1:.20f}")
print(f"{2**70:,} {-0.0} {-0.0:+} {float('nan'):>5} {float('-inf'):f}")
print(f"{'nested {braces}'} {{literal}} {3 + 4}")
for spec in ('s', 'x', '.2f', ',s', '=', 'q'):
    for v in (5, 2.5, 'str'):
        try:
            format(v, spec)
            print(spec, type(v).__name__, 'ok', repr(format(v, spec)))
        except ValueError as e:
            print(spec, type(v).__name__, 'ValueError', e)
print(f"{'€':^5}|{'a':\u00e9<3}|")
print(f"{12:c} {65:c} {0x263a:c}")
