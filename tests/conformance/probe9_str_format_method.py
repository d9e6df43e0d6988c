print("{0}{1}{0}".format("a", "b"), "{}{}".format(1, 2), "{x}-{y}".format(x=1, y=2), "{0[1]}{0[0]}".format("ab"))
print("{a[k]}".format(a={"k": "v"}), "{0.real}".format(5), "{!r:>6}".format("s"), "{:{}}".format("x", 3) + "|")
for bad in ("{0}{}", "{}{0}", "{", "}", "{0!x}", "{:d}", "{0[}", "{a.}"):
    try:
        print(bad.format(1, a=1))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    "{5}".format(1)
except IndexError as e:
    print(e)
try:
    "{k}".format(1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0.nope}".format(1)
except AttributeError as e:
    print(e)
print("{{}} {{{0}}}".format(7), "{:}".format(3), "{0!s:^7}".format([1]), "{:.3}".format("abcdef"), "{:10.3}|".format(3.14159))
print("{:>{w}.{p}f}".format(2.71828, w=8, p=2), "{!a}".format("é"), format("abc", "*<5"), format([1], ""))
try:
    format([1], "x")
except TypeError as e:
    print(e)
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print("{:abc}".format(F()), f"{F():x{1}y}", format(F()), f"{F()!r:>3}"[:3])
print("%(a)s %(b)05.1f" % {"a": "x", "b": 2.25}, "%-*d|" % (4, 7), "%.*f" % (2, 3.14159))
try:
    "%(a)s %s" % {"a": 1}
except TypeError as e:
    print(e)
try:
    "%z" % 1
except ValueError as e:
    print(e)
