class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("E.eq")
        return self.v == getattr(o, "v", o)
    __hash__ = None
class O:
    pass
a, b = O(), O()
print(a == a, a == b, a != b, a != a)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    a >= 1
except TypeError as e:
    print("TypeError", e)
print(E(1) == 1, 1 == E(1), E(1) != 1, E(2) != E(3))
print(E(1) in [0, 1], [E(1)] == [1], (E(5),) == (5,))
class Only_lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(Only_lt(1) < Only_lt(2), Only_lt(2) > Only_lt(1))
try:
    Only_lt(1) <= Only_lt(2)
except TypeError as e:
    print("TypeError", e)
print(sorted([Only_lt(3), Only_lt(1)], key=lambda x: x)[0].v, max([Only_lt(3), Only_lt(5)]).v)
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class EqNoNe:
    def __eq__(self, o):
        return "truthy"
print(EqNoNe() != 1, EqNoNe() == 1)
class EqNI:
    def __eq__(self, o):
        return NotImplemented
x = EqNI()
print(x == x, x == EqNI(), x != x)
print([1, 2] < [1, 2, 3], (1, "a") < (1, "b"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
try:
    {1} < 1
except TypeError as e:
    print("TypeError", e)
print({1: 2} == {1: 2.0}, 1 == 1.0 == True, None == 0, "1" == 1)
