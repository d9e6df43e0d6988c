s = {3, 1, 2}
print(sorted(s | {5}), sorted(s & {1, 9}), sorted(s - {1}), sorted(s ^ {1, 7}), s > {1}, s >= s, s < s | {0})
f = frozenset(s)
print(type(f | s).__name__, type(s | f).__name__, type(f.copy()).__name__, f.copy() is f, frozenset(f) is f, frozenset() is frozenset())
print(sorted(s.union([4], (5,), "")), sorted(s.intersection([1, 2], {2})), sorted(s.difference()), sorted(s.symmetric_difference([3])))
t = set(s)
t.intersection_update([1, 2], [2])
print(t)
t.difference_update([2])
print(t)
t.symmetric_difference_update([7, 8])
print(sorted(t))
try:
    s.symmetric_difference_update([1], [2])
except TypeError as e:
    print("TypeError", e)
try:
    s <= [1]
except TypeError as e:
    print("TypeError", e)
print(s.issubset(range(10)), s.issuperset([1]), s.isdisjoint(iter([9])), {1, 2} == frozenset([1, 2]))
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    set([[]])
except TypeError as e:
    print("TypeError", e)
try:
    [] in {1}
except TypeError as e:
    print("TypeError", e)
print({1} in {frozenset({1})}, set() in {frozenset()}, {1}.__contains__(1))
u = {1, 2, 3}
try:
    for x in u:
        u.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(u) > 3)
print(sorted({1, 1.0, True}), {0, False, 0.0, -0.0}, {frozenset([1, 2]), frozenset([2, 1])})
print(set("abc") == set("cba"), set() == frozenset(), repr(set()), repr(frozenset()), repr(frozenset({1})))
class E:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
z = {E(1), E(2)}
print(E(2) in z)
