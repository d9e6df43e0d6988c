# Probing program (issue 13): arithmetic, comparison, container and call dunders, errors
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return "V(%r)" % self.x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __neg__(self): return V(-self.x)
    def __lt__(self, o): return self.x < o.x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __bool__(self): return self.x != 0
    def __len__(self): return abs(self.x)
    def __contains__(self, i): return i == self.x
    def __call__(self, *a): return a
    def __getitem__(self, k): return ("item", k)
    def __iter__(self): return iter([self.x, self.x])
print(V(1) + V(2), 3 + V(1), V(1) + 3, -V(4))
v = V(1); v += 1; print(v)
print(sorted([V(3), V(1), V(2)]), V(1) == V(1), V(1) != V(2), V(1) > V(0))
print(bool(V(0)), len(V(-3)), 3 in V(3), V(1)(1, 2), V(1)[1:2], list(V(7)))
print({V(1): "a"}[V(1)], max([V(1), V(5)]))
class W:
    pass
try:
    W() < W()
except TypeError as e:
    print("TE", e)
try:
    W() + 1
except TypeError as e:
    print("TE", e)
try:
    len(W())
except TypeError as e:
    print("TE", e)
try:
    W()[0]
except TypeError as e:
    print("TE", e)
try:
    W()()
except TypeError as e:
    print("TE", e)
class BL:
    def __len__(self): return -1
try:
    len(BL())
except ValueError as e:
    print("VE", e)
class BB:
    def __bool__(self): return 1
try:
    bool(BB())
except TypeError as e:
    print("TE", e)
