# Probing program (issue 13, round 3): str.format field names, conversions, nesting and errors
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20, 30]
        self.d = {"k": "v", 1: "one"}
    def __repr__(self):
        return "P()"
    def __format__(self, spec):
        return "P<" + spec + ">"
p = P()
print("{0.x} {0.items[2]} {0.d[k]} {0.d[1]}".format(p))
print("{a[0]}{a[1]} {b.x!r:>5}".format(a="xy", b=p))
print("{} {} {}".format(1, 2, 3), "{2}{1}{0}".format("a", "b", "c"))
print("{:{w}.{p}f}|{:{}}".format(3.14159, 42, ">6", w=10, p=2))
print("{0!r} {0!s} {0!a} {0}".format("é"), "{!r:^9}".format(p), "{:abc}".format(p))
print("{{literal}} {0}".format(1), "{0[0]}".format({0: "zero"}))
print("{0:^{1}}|".format("mid", 9), "{:*<{}}".format("L", 4))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}),
                      ("{1}", (1,), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}),
                      ("{!x}", (1,), {}), ("{0!}", (1,), {}), ("{:d}", ("s",), {}), ("{0:{1}}", (1, "<<<"), {}),
                      ("{0[}", (1,), {}), ("{a.b.c}", (), {"a": p})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print("{name}-{0}".format_map({"name": "N", 0: "z"}) if False else "{name}".format_map({"name": "N"}))
class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Missing(a=1)))
