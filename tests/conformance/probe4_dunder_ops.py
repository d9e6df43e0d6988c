class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, o):
        print("iadd")
        self.cents += o.cents if isinstance(o, Money) else o
        return self
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Money(-self.cents)
    def __bool__(self):
        return self.cents != 0
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __index__(self):
        return self.cents
    def __contains__(self, c):
        return c == "$"
m = Money(150)
print(m + Money(25), 5 + m, m * 3, 2 * m, -m, sum([Money(1), Money(2)], Money(0)))
m += 50
print(m, bool(Money(0)), not m, m == Money(200), m != Money(200), m < Money(300), m > Money(3))
print(sorted([Money(5), Money(1), Money(3)]), max(Money(7), Money(9)))
print("$" in m, "x" in m, [10, 20, 30][Money(1)], bin(Money(5)), hex(Money(255)), "abc"[Money(2)])
for op in [lambda: m + "x", lambda: m * 1.5, lambda: m - m, lambda: m <= m, lambda: m // m,
           lambda: "x" + m, lambda: ~m, lambda: m ** 2, lambda: divmod(m, 2), lambda: abs(m)]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError:", e)
print(len({Money(1), Money(1), Money(2)}), {Money(3): "x"}[Money(3)])
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called", self.v)
        return NotImplemented
c1, c2 = Cmp(1), Cmp(2)
print(c1 == c2, c1 != c2, c1 == c1, c1 in [c2], c1 in [c1])
class L:
    def __len__(self):
        return 3
print(bool(L()), len(L()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
