import weakref

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __mul__(self, o):
        return Num(self.v * o)
    def __neg__(self):
        return Num(-self.v)
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)
    def __index__(self):
        return self.v
    def __bool__(self):
        return self.v != 0
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
    def __contains__(self, x):
        return x == 4
    def __repr__(self):
        return "Num(%d)" % self.v
    def __call__(self, x):
        return x + self.v

n = Num(5)
p = weakref.proxy(n)
print((p + 1).v, (1 + p).v, (p * 3).v, (-p).v)
print(p < 10, p == 5, p == n, bool(p), len(p), p[4], 4 in p, 3 in p)
print([10, 20, 30, 40, 50, 60][p], hex(p), bin(p))
print(repr(p).startswith("<weakproxy at"), str(p))
print(type(p).__name__, p(10))
print(operator_ok := isinstance(p, Num))
try:
    hash(p)
except TypeError as e:
    print(e)
q = p
q += 2
print(type(q).__name__, q.v, n.v)
print(p.__class__.__name__)
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)
