# __hash__ rules for mutable types and classes.
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
print(hash(()) == hash(()), hash(frozenset()) == hash(frozenset([])))
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(0.5), hash(1.5), hash(-0.0), hash(float(2**61)))
try:
    hash(([],))
except TypeError as e:
    print("TypeError", e)
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash(H(5)), hash(H(-1)), hash(H(2**70)) == hash(2**70), hash(H(True)))
for bad in (1.5, "x", None):
    try:
        hash(H(bad))
    except TypeError as e:
        print("TypeError", e)
class E:
    def __eq__(self, o):
        return True
print(E.__hash__)
try:
    {E()}
except TypeError as e:
    print("TypeError", e)
class EH(E):
    __hash__ = object.__hash__
print(EH.__hash__ is object.__hash__, len({EH(), EH()}))
class E2(E):
    pass
print(E2.__hash__)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError", e)
class Inh(H):
    def __eq__(self, o):
        return False
print(Inh.__hash__)
class Inh2(H):
    def __eq__(self, o):
        return False
    __hash__ = H.__hash__
print(hash(Inh2(7)))
d = {}
k = H(3)
d[k] = "v"
k.h = 4
print(d.get(k), k in d, len(d))
