# In-place operators: a class's __iadd__ and friends are tried before the
# binary method, NotImplemented falls back to it, a list subclass extends
# itself, a dict updates itself, and the error messages name the in-place
# operator.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(%r)" % self.x
    def __add__(self, o):
        return V(self.x + o)
    def __iadd__(self, o):
        self.x += o * 100
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o)
    def __imul__(self, o):
        return "imul result"
v = V(1)
w = v
v += 2
print(v, v is w)
v -= 1
print(v, v is w)
v *= 3
print(v)
class Sub(V):
    pass
s = Sub(0)
t = s
s += 1
print(s, s is t, type(s).__name__)
class L(list):
    pass
l = L([1])
m = l
l += (2, 3)
print(l, l is m, type(l).__name__)
class W:
    pass
for a, b in [(W(), 1), (1, "a"), ([], 1), ("a", 1), ((), 1), ({}, 1)]:
    for op in ["+=", "-=", "*=", "**=", "//=", "|=", "<<="]:
        try:
            if op == "+=":
                a += b
            elif op == "-=":
                a -= b
            elif op == "*=":
                a *= b
            elif op == "**=":
                a **= b
            elif op == "//=":
                a //= b
            elif op == "|=":
                a |= b
            else:
                a <<= b
            print(op, "ok", type(a).__name__)
        except TypeError as e:
            print(op, e)
d = {"a": 1}
e = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, d is e, {"x": 1} | {"x": 2, "y": 3}, e | {})
class D(dict):
    pass
dd = D(a=1)
print(type(dd | {"b": 2}).__name__, type({"b": 2} | dd).__name__)
de = dd
dd |= {"z": 0}
print(dd is de, type(dd).__name__, sorted(dd))
for bad in [1, [1], "ab"]:
    try:
        x = {} | bad
    except TypeError as ex:
        print(ex)
    try:
        y = {}
        y |= bad
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
