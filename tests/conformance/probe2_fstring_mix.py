# Probing program (issue 13, round 2): f-strings and format specs on many values
x = 3.14159
n = 1234567
s = "hi"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2e}|{x:+.0f}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{n:x}|{n:#o}|{n:#b}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^7}|{s!r:>6}|{s:.1}")
print(f"{-n:,}|{-x:08.2f}|{0.5:%}|{0.125:.1%}|{1e20:g}|{1e-7:g}")
print(f"{'nested {braces}'}|{{literal}}|{n % 7}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|{s:{'>'}{w}}")
print(f"{True}|{None}|{[1, 'a']}|{(1,)}|{ {'k': 1} }")
print(f"{1/3}|{2/3:.15g}|{10**16 * 1.0}|{1e16}|{123456789.0:e}")
class V:
    def __format__(self, spec):
        return "V<" + spec + ">"
    def __str__(self):
        return "Vstr"
    def __repr__(self):
        return "Vrepr"
v = V()
print(f"{v}|{v:abc}|{v!s}|{v!r}|{v!a}")
print(format(v, "zz"), format(12, ""), format("s", ""), "{:>4}".format(7))
print("{0}{1}{0}".format("a", "b"), "{name}-{0}".format(1, name="n"))
print("{:=+8.2f}".format(-2.5), "{:=8}".format(-3), "{:<08}".format(5))
print("%5.1f|%-6d|%x|%r|%s" % (2.25, 42, 255, "q", [1]))
print(f"{float('inf')}|{float('-inf'):>6}|{float('nan')}|{-0.0}|{0.0:+}")
print(f"{255:02X}|{65:c}|{3:>+4}|{2**64:,}|{-7 // 2}|{-7 % 2}")
try:
    f"{n:.2s}"
except ValueError as e:
    print("ValueError", e)
try:
    format(x, "d")
except ValueError as e:
    print("ValueError", e)
print(f"{'tab'!r:^12}|{'é'!a}|{'multi' 'part'}")

