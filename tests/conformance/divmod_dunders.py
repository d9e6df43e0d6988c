# divmod(): a class's __divmod__/__rdivmod__ (NotImplemented falls back to the
# other operand, then CPython's TypeError naming divmod()), int.__divmod__
# and float.__divmod__ as slot wrappers, and the messages of division by zero.
class V:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", self.v, o)
print(divmod(V(1), 2), divmod(2, V(3)), divmod(V(1), V(2))[:2])
class N:
    def __divmod__(self, o):
        return NotImplemented
class R:
    def __rdivmod__(self, o):
        return "R.rdivmod"
print(divmod(N(), R()))
for a, b in [(N(), 1), (1, N()), ("a", 1), (1.0, "x"), ([], []), (1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0), (-7, 0), (10**30, 0), (True, False)]:
    try:
        print(divmod(a, b))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class I(int):
    pass
class J(int):
    def __divmod__(self, o):
        return "J"
    def __rdivmod__(self, o):
        return "rJ"
print(divmod(I(7), 2), type(divmod(I(7), 2)[0]).__name__, divmod(J(7), 2), divmod(7, J(2)), divmod(I(7), J(2)))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(10**20, 7), divmod(-10**20, 7), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(True, 2))
print(int.__divmod__(7, 2), int.__rdivmod__(7, 30), float.__divmod__(7.0, 2), (7).__divmod__(2.0), float.__rdivmod__(2.0, 7))
print(int.__divmod__, (3).__divmod__.__name__, float.__rdivmod__, "__divmod__" in dir(int), "__divmod__" in dir(bool), bool.__divmod__ is int.__divmod__)
print([k for k in vars(int) if "div" in k or "mod" in k])
print([k for k in vars(float) if "div" in k or "mod" in k])
print(divmod(2**64 + 1, 2**32), divmod(-(2**64), 3), divmod(7, -(2**70)))
import math
print(divmod(math.inf, 1.0), divmod(1.0, math.inf), divmod(-1.0, math.inf))
