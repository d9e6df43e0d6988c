# Binary operator dispatch: NotImplemented chains, reflected operators,
# subclass priority, in-place fallbacks.
class V:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __add__(self, other):
        print(self.name, "__add__", other)
        return NotImplemented
    def __radd__(self, other):
        print(self.name, "__radd__", other)
        return NotImplemented
    def __sub__(self, other):
        print(self.name, "__sub__", other)
        return "sub"
    def __rsub__(self, other):
        print(self.name, "__rsub__", other)
        return "rsub"
class W(V):
    def __radd__(self, other):
        print(self.name, "W.__radd__", other)
        return "W-radd"
a, b = V("a"), V("b")
w = W("w")
try:
    a + b
except TypeError as e:
    print("TypeError", e)
print(a + w)
print(w - a)
print(a - w)
print(1 - a)
try:
    a + 1
except TypeError as e:
    print("TypeError", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print("__iadd__", other)
        if isinstance(other, int):
            return NotImplemented
        self.items.append(other)
        return self
    def __add__(self, other):
        print("__add__", other)
        return "new object"
x = Acc()
x += "s"
print(type(x).__name__, x.items)
x += 5
print(x)
class OnlyAdd:
    def __add__(self, o):
        return "added"
y = OnlyAdd()
y += 1
print(y)
class NoOps:
    pass
z = NoOps()
try:
    z += 1
except TypeError as e:
    print("TypeError", e)
try:
    z *= "a"
except TypeError as e:
    print("TypeError", e)
try:
    z ** 2
except TypeError as e:
    print("TypeError", e)
try:
    pow(z, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    -z
except TypeError as e:
    print("TypeError", e)
try:
    z < 1
except TypeError as e:
    print("TypeError", e)
class RMul:
    def __rmul__(self, o):
        return "rmul %r" % (o,)
print([1] * RMul(), 3 * RMul(), "s" * RMul())
class IAddNone:
    def __iadd__(self, o):
        return None
q = IAddNone()
q += 1
print(q)
