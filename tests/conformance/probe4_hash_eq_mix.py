print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash((1, 2)) == hash((1, 2)), hash((1.0, True)) == hash((1, 1)), hash(()) == hash(()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(None) == hash(None), hash(3.5), hash(-0.5))
print(hash(1e100) == hash(int(1e100)), hash(0.1), hash(float("inf")), hash(10 ** 20))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return type(o) is Pt and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
s = {Pt(1, 2), Pt(1, 2), Pt(2, 1)}
print(len(s), Pt(1, 2) in s, {Pt(0, 0): "origin"}[Pt(0, 0)])
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__, EqOnly() == 5, EqOnly() != 5)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Sub(Pt):
    pass
print(Sub.__hash__ is Pt.__hash__, Pt(1, 1) == Sub(1, 1), hash(Sub(1, 1)) == hash(Pt(1, 1)))
class InheritEq(Pt):
    def __eq__(self, o):
        return False
print(InheritEq.__hash__)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70), type(hash(BigHash())).__name__)
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
o = object()
print(hash(o) == hash(o), object.__hash__(o) == hash(o), o == o, o != object())
print(1 == 1.0, "1" == 1, [1] == [1.0], (1, "a") == (1.0, "a"), {1: "a"} == {1.0: "a"}, {1} == {True})
print(None == None, None is None, NotImplemented == NotImplemented, float("nan") is float("nan"))
x = float("nan")
print(x == x, x is x, [x] == [x], (x,) == (x,), {x: 1}.get(x), x in {x})
print(hash("") == 0, hash(b"") == 0, hash((1,)) != hash(1), type(hash("abc")).__name__)
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
k = {(1, 2): "t", frozenset([1]): "f"}
print(k[(1.0, 2.0)], k[frozenset({True})])
