# Rich comparison fallbacks: reflected, identity for ==/!=, __ne__ derived
# from __eq__, errors.
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("A.__eq__")
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
class B:
    def __gt__(self, other):
        print("B.__gt__")
        return "B-gt"
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented
a1, a2 = A(1), A(1)
print(a1 == a2, a1 != a2)
print(a1 == 3, a1 != 3)
print(a1 < B())
b = B()
print(b == b, b != b, b == B())
try:
    a1 < a2
except TypeError as e:
    print("TypeError", e)
try:
    a1 >= 3
except TypeError as e:
    print("TypeError", e)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
n = NeOnly()
print(n != 1, n == n, n == 1)
class EqTrue:
    def __eq__(self, other):
        return 1
print(EqTrue() != 5, EqTrue() == 5)
class EqObj:
    def __eq__(self, other):
        return [1]
print(EqObj() != 0)
class Sub(A):
    def __eq__(self, other):
        print("Sub.__eq__")
        return NotImplemented
print(A(1) == Sub(1))
print(Sub(1) == A(1))
print([A(2)] == [A(2)])
x = A(5)
print([x] == [x], x in [x], x in [A(5)])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    [None] < [None]
except TypeError as e:
    print("TypeError", e)
print([None] <= [None] if False else "skip")
print(sorted([3, 1, 2], key=lambda v: -v))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "Cmp(%d)" % self.v
print(max(Cmp(1), Cmp(3), Cmp(2)), min([Cmp(4), Cmp(0)]))
print(Cmp(1) > Cmp(0))
