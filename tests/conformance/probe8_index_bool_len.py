# __index__, __bool__, __len__ results and their errors.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(-1)], lst[I(2):I(5)])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(range(I(4)), "abc" * I(2), [0] * I(3))
print(int.__index__(7), operator_ok := True)
try:
    lst[I("x")]
except TypeError as e:
    print("TypeError", e)
try:
    lst[I(2.0)]
except TypeError as e:
    print("TypeError", e)
class IB(int):
    pass
class ISub:
    def __index__(self):
        return IB(4)
print(lst[ISub()], type(ISub().__index__()).__name__)

class B:
    def __init__(self, r):
        self.r = r
    def __bool__(self):
        return self.r
for r in (True, False):
    print(bool(B(r)), "yes" if B(r) else "no", not B(r))
for r in (1, 0, None, "x"):
    try:
        bool(B(r))
    except TypeError as e:
        print("TypeError", e)
try:
    if B(1):
        pass
except TypeError as e:
    print("TypeError in if", e)

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(3)), len(L(7)))
for n in (-1, 2.5, "3", True):
    try:
        print(len(L(n)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bool(L(-2))
except ValueError as e:
    print("ValueError in bool", e)

class Both:
    def __bool__(self):
        print("__bool__ called")
        return False
    def __len__(self):
        print("__len__ called")
        return 1
print(bool(Both()))
class NoBoolLen:
    __bool__ = None
try:
    bool(NoBoolLen())
except TypeError as e:
    print("TypeError", e)
