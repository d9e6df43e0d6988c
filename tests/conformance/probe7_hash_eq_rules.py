# hashing rules: -1, numeric equality, __eq__ without __hash__, inheritance
print(hash(-1), hash(-2), hash(0.5) == hash(0.5), hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(float('inf')), hash(10**20) == hash(float(10**20)))
class E:
    def __eq__(self, o):
        return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print("TypeError", e)
class EH(E):
    def __hash__(self):
        return 7
print(hash(EH()), {EH(): 1}[EH()])
class Sub(E):
    pass
try:
    {Sub()}
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
print(isinstance(NoHash(), object), NoHash.__hash__ is None)
class Pt:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, Pt) and o.x == self.x
    def __hash__(self):
        return hash(self.x)
s = {Pt(1), Pt(1), Pt(2)}
print(len(s), Pt(1) in s, {1: 'a'}.get(1.0), {True: 'x'}[1])
print(hash('') == 0, hash(b'') == 0, hash(()) == hash(()), hash(None) == hash(None))
class NE:
    def __ne__(self, o):
        return 'ne-called'
ne = NE()
print(ne != 1, NE() == NE(), hash(ne) == hash(ne))
