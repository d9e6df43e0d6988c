# str.format: nested fields, conversions, indexing, attribute access, auto
# and manual numbering, and their errors.
class P:
    x = 3
    name = "pt"
    def __format__(self, spec):
        return "P[" + spec + "]"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{0:{1}{2}}".format("ab", ">", 6))
print("{:{}}|{:{}}".format("a", 4, "b", 3))
print("{0!r:>8}|{0!s:<8}|{0:xy}".format(P()))
print("{0.x} {0.name} {1[0]} {2[-1]} {2[k]}".format(P, [1, 2], {"k": "v", "-1": "m"}))
print("{0[1][0]}".format([[0], ["deep"]]))
print("{!a}".format("caf\xe9"))
print("{{}} {{{0}}}".format(5))
print("{0:{0}}".format(5))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{:,}".format(1234567), "{:_x}".format(0xdeadbeef), "{:,.2f}".format(1234.5))
print("{:=+8}".format(42), "{:^9}".format("mid"), "{:*<7}".format("l"))
print("{:#b} {:#o} {:#x} {:#X}".format(5, 8, 255, 255))
print("{:c}".format(65), "{:n}".format(1234))
bad = ["{0}{}", "{}{0}", "{!x}", "{0:{1:{2}}}", "{", "}", "{0[}", "{0.}", "{:d}", "{a}"]
for f in bad:
    try:
        print(f.format("s", 1, 2))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(repr(f), type(e).__name__, e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError", e)
try:
    "{0.nope}".format(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    "{2}".format(1)
except IndexError as e:
    print("IndexError", e)
print("{0[a]}".format({"a": 1}), "{0[0]}".format("xyz"))
print(format(P(), "q"), format(3, ""), format("s", ""), format(1.0))
print("{:>{}}".format("r", 3), "{:.{}}".format("trunc", 3))
print("{0:.3s}|{0:5.2s}|".format("abcdef"))
print("{:+.3e}".format(12345.678), "{:g}".format(1e-5), "{:G}".format(1e20))
