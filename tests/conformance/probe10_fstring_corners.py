x, y, name = 3.14159, 42, "ab"
w = 10
print(f"{x:.2f}|{y:>{w}}|{y:<{w // 2}}|{name!r:>6}|{name!s}|{'é'!a}|{y:#x}|{y:,}")
print(f"{x:{w}.{3}}|{y:{'+' if y else '-'}d}|{f'{y}'}|{f'{name!r}'!r}")
print(f"{{literal}} {y}{{", f"{'a' 'b'}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{(lambda q: q * 2)(4)}")
d = {"k": "v"}
print(f"{d['k']}", f"{d!r}", f"{y:08.3f}", f"{-y:+}", f"{y:^7}|")
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
    def __repr__(self):
        return "Fmt()"
    def __str__(self):
        return "strFmt"
print(f"{Fmt()}", f"{Fmt():xyz}", f"{Fmt()!r}", f"{Fmt()!s:>8}", f"{Fmt()!r:*^10}")
try:
    f"{y:z}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{object():x}"
except TypeError as e:
    print("TypeError", e)
print(f"{1e21}", f"{1e-7}", f"{0.1 + 0.2}", f"{True}", f"{None!r}", f"{b'x'}", f"{12345678.9:,.1f}", f"{0.5:%}")
n = 5
print(f"{n:0{n}d}", f"{'x':{'>'}{n}}", f"{n!r:>{n}}")
print(f"""multi
{n}""", f'{"q"}')
