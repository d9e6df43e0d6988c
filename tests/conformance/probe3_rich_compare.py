# Probing program (issue 13, round 3): rich comparisons: reflection, NotImplemented, chaining
log = []
class A:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "A%d" % self.n
    def __eq__(self, o):
        log.append(("A.eq", self, o))
        return NotImplemented
    def __lt__(self, o):
        log.append(("A.lt", self, o))
        return NotImplemented
class B(A):
    def __eq__(self, o):
        log.append(("B.eq", self, o))
        return True
    def __gt__(self, o):
        log.append(("B.gt", self, o))
        return "B-gt"
a, b = A(1), B(2)
print(a == b, log); log.clear()
print(a < b, log); log.clear()
print(a == A(3), log); log.clear()
print(a != A(1), log); log.clear()
print(a == a, a != a, log); log.clear()
try:
    a < A(3)
except TypeError as e:
    print("TypeError", e, log)
log.clear()
try:
    a <= 1
except TypeError as e:
    print("TypeError", e)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print(C(1) < C(2) < C(3))
print(C(1) < C(0) < C(3))
print(1 < 2 > 1, 1 < 2 < 2, 3 > 2 == 2, 1 == 1.0 == True, "a" < "b" < "c")
class NE:
    def __eq__(self, o):
        return "eqres"
print(NE() == 1, NE() != 1, 1 == NE(), 1 != NE())
class NoBool:
    def __bool__(self):
        raise ValueError("no bool")
class R:
    def __lt__(self, o):
        return NoBool()
try:
    if R() < R():
        pass
except ValueError as e:
    print("ValueError", e)
r = R() < R()
print(type(r).__name__)
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [1, [2]] == [1, [2]], (1, 2) == [1, 2])
nan = float("nan")
l = [nan]
print(nan == nan, l == l, [nan] == [nan], nan in l, (nan,) == (nan,))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
print(None == 0, None != None, 1 == True, {1: 2} == {1: 2.0}, {1, 2} <= {1, 2, 3})
try:
    {} < {}
except TypeError as e:
    print("TypeError", e)
