# Probing program (issue 13, round 3): __hash__/__eq__ interplay, hash of numbers, unhashable errors
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
class EqHash:
    def __eq__(self, o):
        return isinstance(o, EqHash)
    def __hash__(self):
        return 7
print(hash(EqHash()), len({EqHash(), EqHash()}))
class Child(EqHash):
    def __eq__(self, o):
        return False
print(Child.__hash__)
class HashNone:
    __hash__ = None
try:
    {HashNone()}
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class SubInt(int):
    pass
print(hash(SubInt(5)), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**64 + 3))
print(hash(1.0), hash(0.5), hash(-0.0), hash(1.5), hash(1e100) == hash(int(1e100)), hash(float("inf")), hash(True))
print(hash(()) , hash((1,)), hash((1, 2)), hash(("a",)) == hash(("a",)), hash((1, (2, 3))))
print(hash(frozenset([1, 2, 3])), hash(None) == hash(None), hash(range(3)) == hash(range(0, 3, 1)))
try:
    hash(([], 1))
except TypeError as e:
    print("TypeError", e)
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError", e)
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
counter = {}
class Tracked:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        counter["hash"] = counter.get("hash", 0) + 1
        return hash(self.v)
    def __eq__(self, o):
        counter["eq"] = counter.get("eq", 0) + 1
        return self.v == o.v
s = {Tracked(1), Tracked(2), Tracked(1)}
print(len(s), counter)
counter.clear()
dd = {Tracked(3): 1}
print(Tracked(3) in dd, counter)
