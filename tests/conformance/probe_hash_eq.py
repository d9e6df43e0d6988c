# Probing program (issue 13): __eq__ without __hash__, __hash__ results, numeric hashes
class A:
    def __eq__(self, o): return True
print(A.__hash__ is None)
try:
    hash(A())
except TypeError as e:
    print("TE", e)
class B(A):
    pass
print(B.__hash__ is None)
class C(A):
    def __hash__(self): return 3
print(hash(C()), len({C(): 1, C(): 2}))
class H:
    def __hash__(self): return -1
print(hash(H()))
class H2:
    def __hash__(self): return 2 ** 65
print(hash(H2()) == hash(2 ** 65))
class H3:
    def __hash__(self): return "x"
try:
    hash(H3())
except TypeError as e:
    print("TE", e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(()) == hash(()))
print(hash(0.5), hash(float("inf")), hash(2 ** 61 - 1), hash(2 ** 61))
class NE:
    def __ne__(self, o): return "ne"
print(NE() != 1, NE() == NE())
class EQ:
    def __eq__(self, o): return "yes"
print(EQ() == 1, EQ() != 1, [EQ()] == [EQ()], 1 in [EQ()])
