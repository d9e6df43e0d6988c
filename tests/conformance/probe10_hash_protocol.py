class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [-1, -2, 0, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 5, -(2 ** 64), 10 ** 30]:
    print(v, hash(H(v)))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class FloatHash:
    def __hash__(self):
        return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print("TypeError", e)
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
print(hash(-1), hash(-2), hash(1.0), hash(1.5), hash(-0.0), hash(float("inf")), hash(True), hash(None) == hash(None), hash(()), hash((1,)) == hash((1,)))
print(hash(2 ** 61 - 1), hash(-(2 ** 61 - 1)), hash(0.5), hash(2.0 ** 70) == hash(2 ** 70), hash(frozenset()) , hash(frozenset([1])) == hash(frozenset([1])))
class E:
    def __eq__(self, o):
        return True
try:
    hash(E())
except TypeError as e:
    print("TypeError", e)
class E2(E):
    __hash__ = object.__hash__
print(type(hash(E2())).__name__)
class E3(E):
    pass
print(E3.__hash__)
class I(int):
    pass
print(hash(I(5)), hash(I(-1)))
s = {H(3), H(3)}
print(len(s))
