class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
    def __contains__(self, x):
        print("contains", x)
        return x in self.c
    def __round__(self, n=0):
        return Vec(*(round(a, n) for a in self.c))
    def __format__(self, spec):
        return "<" + ",".join(format(a, spec) for a in self.c) + ">"
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, 3 * v, v * 3, -v, abs(w), bool(Vec(0, 0)), len(v), v[1], v[-1], list(v), sum([v, w]))
v += w
print(v, 4 in v, 9 in v, round(Vec(1.26, 2.5), 1), f"{w:.2f}", {v: 1}[Vec(4, 6)])
try:
    v + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 - v
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(Idx()), hex(Idx()), [1, 2, 3, 4][Idx():])
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(int(Num(3.7)), float(Num(2)), sorted([Num(3), Num(1)]), max(Num(1), Num(5)))
try:
    Num(1) > 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    Num(1) <= Num(2)
except TypeError as e:
    print("TypeError", e)
class Callable:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(Callable()(1, x=2), callable(Callable()))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
class Cmp:
    def __eq__(self, o):
        return "truthy-string"
print(Cmp() == 1, Cmp() != 1, [Cmp()] == [1] if False else (Cmp() in [1]))
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
print(NoHash.__hash__)
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Iter()), 2 in Iter(), sum(Iter()), sorted(Iter(), reverse=True))
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), list(reversed([*OldIter()])))
