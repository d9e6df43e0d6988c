# Tuple == and != (dict and set keys) and ordering over str, int, float
# (NaN), big-int, nested and user-defined items.
nan = float("nan")
a = ("ab", 1, 2.5)
pairs = [(a, ("ab", 1, 2.5)), (a, ("ab", 1)), (("ab",), ("ab", 1)), ((nan,), (nan,)), ((1, nan), (1, float("nan"))),
         (("x" * 20, 1), ("x" * 20, 1)), (("é", 2**70), ("é", 2**70)), ((1, 2.0), (1, 2)), ((1,), (True,)),
         (((1, 2), "a"), ((1, 2), "a")), ((None,), (None,)), ((), ()), (("a", "b"), ("a", "c"))]
for x, y in pairs:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    __hash__ = object.__hash__
print(("a", E(1)) == ("a", E(1)), ("a", E(1)) == ("b", E(1)), ("a", E(1)) != ("a", E(2)))
d = {}
for i in range(50):
    d[("w%d" % (i % 7), "v%d" % (i % 5))] = d.get(("w%d" % (i % 7), "v%d" % (i % 5)), 0) + 1
print(sorted(d.items()))
print((nan, 1) in {(nan, 1)}, (1, 2) in {(1, 2.0)}, ("a", 1) in [("a", True)])
