s = {1, 2, 3}
fs = frozenset([2, 3, 4])
print(sorted(s | fs), type(s | fs).__name__, type(fs | s).__name__, type(fs & s).__name__)
print(s.union([5], (6,)), s.intersection(), s.intersection([1], [1, 2]), s.difference("ab"), s.symmetric_difference([3, 9]))
print(s.issubset([1, 2, 3, 4]), s.issuperset(range(2)), s.isdisjoint(iter([7])), s <= s, s < s, fs >= {2})
try:
    s | [1]
except TypeError as e:
    print(e)
try:
    s.union(1)
except TypeError as e:
    print(e)
t = set(s)
t |= {9}
t -= {1}
t &= {2, 9, 3}
t ^= {3, 10}
print(sorted(t))
u = set("aab")
u.update("cd", ["e"])
u.difference_update("a")
u.intersection_update("bcdex")
u.symmetric_difference_update("bz")
print(sorted(u))
try:
    u.remove("q")
except KeyError as e:
    print("KeyError", e)
u.discard("q")
print(frozenset() == set(), frozenset([1]) == {1}, hash(frozenset()) == hash(frozenset([])), {frozenset([1]): 2}[frozenset({1})])
print({1, 2} == {2, 1}, {1} != {1.0}, {True, 1, 1.0}, len({0, False, 0.0, -0.0}))
print(repr(set()), repr(frozenset()), repr(frozenset([1])), str({1}), set("") == set())
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v
print(len({H(1), H(2), H(1)}), H(1) in {H(1)}, H(3) in {H(1)})
try:
    {1} < [1]
except TypeError as e:
    print(e)
print({1, 2}.__lt__([1]) is NotImplemented, {1}.__or__(1))
x = {1, 2, 3}
for i in list(x):
    x.discard(i)
print(x)
try:
    for i in x | {1}:
        x.add(i + 100)
    y = {1, 2}
    for i in y:
        y.add(i + 10)
except RuntimeError as e:
    print(e)
