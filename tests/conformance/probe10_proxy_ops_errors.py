import weakref
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __repr__(self):
        return "V(%r)" % self.v
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        return i * 2
    def __call__(self, *a):
        return a
    def __eq__(self, o):
        return isinstance(o, V) and o.v == self.v
    __hash__ = object.__hash__
x = V(3)
p = weakref.proxy(x)
print(p + 1, 1 + p, len(p), p[4], repr(p.v))
print(p == V(3), p != V(3), p == x)
print(type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
c = V(1)
cp = weakref.proxy(c)
print(type(cp).__name__)
try:
    p()
except TypeError as e:
    print("TypeError", e)
class F:
    def __call__(self, a):
        return a + 1
fo = F()
fp = weakref.proxy(fo)
print(type(fp).__name__, fp(4))
del x
try:
    p.v
except ReferenceError as e:
    print("ReferenceError", e)
try:
    p + 1
except ReferenceError as e:
    print("ReferenceError", e)
try:
    bool(p)
except ReferenceError as e:
    print("ReferenceError", e)
print(weakref.getweakrefcount(c))
try:
    weakref.proxy(3)
except TypeError as e:
    print("TypeError", e)
