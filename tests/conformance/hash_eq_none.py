# a class defining __eq__ without __hash__ gets __hash__ = None (unhashable),
# its subclasses inherit that; __hash__ results are used as CPython uses them
class A:
    def __eq__(self, o):
        return True
print(A.__hash__, "__hash__" in A.__dict__)
try:
    hash(A())
except TypeError as e:
    print(e)
class B(A):
    pass
print(B.__hash__, "__hash__" in B.__dict__)
try:
    {B(): 1}
except TypeError as e:
    print(e)
class C(A):
    def __hash__(self):
        return 7
print(hash(C()), C() == 3)
class D(C):
    def __eq__(self, o):
        return False
print(D.__hash__)
try:
    hash(D())
except TypeError as e:
    print(e)
class E:
    __hash__ = None
try:
    hash(E())
except TypeError as e:
    print(e)
class F:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for h in [-1, -2, 0, 5, True, False, 2**61 - 1, 2**61, -(2**61), 2**62 + 3, 9223372036854775807]:
    print(h, hash(F(h)))
for h in [1.5, "x", None, (1,)]:
    try:
        hash(F(h))
    except TypeError as e:
        print(e)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
