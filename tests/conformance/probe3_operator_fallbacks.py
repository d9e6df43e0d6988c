# Probing program (issue 13, round 3): binary operator fallbacks, reflected and in-place methods
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % (self.v,)
    def __add__(self, o):
        print("V.__add__", o)
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__", o)
        if isinstance(o, int):
            return V(o + self.v)
        return NotImplemented
    def __iadd__(self, o):
        print("V.__iadd__", o)
        if isinstance(o, str):
            return NotImplemented
        self.v += o.v if isinstance(o, V) else o
        return self
class W(V):
    def __radd__(self, o):
        print("W.__radd__", o)
        return W(("W", o))
print(V(1) + V(2))
print(3 + V(4))
print(V(1) + W(2))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError", e)
x = V(1)
x += 2
print(x)
try:
    x += "s"
except TypeError as e:
    print("TypeError", e)
class OnlyAdd:
    def __add__(self, o):
        return "added"
y = OnlyAdd()
y += 1
print(y)
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__"
    def __rsub__(self, o):
        return "Sub.__rsub__"
print(1 + Sub(2), 5 - Sub(1), Sub(1) + 1)
class M:
    def __mul__(self, o):
        return "mul"
    def __rmul__(self, o):
        return "rmul"
    def __rpow__(self, o):
        return "rpow %r" % (o,)
    def __rtruediv__(self, o):
        return NotImplemented
    def __rlshift__(self, o):
        return "rlshift"
print(M() * 2, 2 * M(), [1] * 2, 2 ** M(), 1 << M())
try:
    1 / M()
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, M(), 5)
except TypeError as e:
    print("TypeError", e)
for a, b in [(1, "a"), ([], ()), ({}, {}), (None, 1), (1.5, "x")]:
    for op in ["+", "-", "*", "<", "&"]:
        try:
            if op == "+": r = a + b
            elif op == "-": r = a - b
            elif op == "*": r = a * b
            elif op == "<": r = a < b
            else: r = a & b
            print(op, "ok", r)
        except TypeError as e:
            print(op, "TypeError", e)
class Neg:
    def __neg__(self):
        return "neg"
    def __invert__(self):
        return "inv"
print(-Neg(), ~Neg())
try:
    +Neg()
except TypeError as e:
    print("TypeError", e)
try:
    abs(Neg())
except TypeError as e:
    print("TypeError", e)
