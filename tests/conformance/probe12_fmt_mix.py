data = [("alice", 31, 1234.5), ("bob", 7, -0.25), ("christina", 102, 1e6)]
print("{:<10}|{:>5}|{:>12}".format("name", "age", "amount"))
for name, age, amt in data:
    print("{:<10}|{:>5d}|{:>12,.2f}".format(name, age, amt))
    print("%-10s|%5d|%12.2f" % (name, age, amt))
    print(f"{name!r:<12}|{age:#06x}|{amt:+.3e}")
print("{0}{1}{0}".format("ab", "cd"), "{a}-{b}".format(a=1, b=2), "{0[1]}.{1[k]}".format([4, 5], {"k": "v"}))
class P:
    x = 3
    def __format__(self, spec):
        return f"P<{spec}>"
print("{0.x} {1:spec} {1}".format(P(), P()), f"{P():hello}")
print("{:*^15}".format("mid"), "{:=+8}".format(-42), "{:08.3f}".format(-3.5))
print("%(name)s is %(age)d" % {"name": "z", "age": 9}, "%5.1f%%" % 99.44, "%r %a" % ("é", "é"))
print("%s" % (1,), "%s" % [1, 2], "%3c|" % "x", "%-5d|" % 3, "%+.2e" % 0.00012)
for bad in ["{", "{0", "{}{}"]:
    try:
        print(bad.format(1))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    f"{1:abc}"
except ValueError as e:
    print("ValueError", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError", e)
print(format(0.5, ".0f"), format(1.5, ".0f"), format(1234, "e"), format("x", "<3") + "|", format(True, "d"), format(True))
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'nest':{'>'}{w}}|")
print(f"{'a' 'b'}", f"{{literal}}", f"{ {1: 2}[1] }", f"{[1, 2][-1]!s:>4}")
print(str.format("{}", None), "{!r}".format("q"), "{!a}".format("ñ"), "{:>{}}".format("r", 4))
print("abc".zfill(6), "-42".zfill(6), "x".ljust(3, "."), "tab\tend".expandtabs(4), "Hello World".partition(" "), "a,b,,c".rsplit(",", 1))
