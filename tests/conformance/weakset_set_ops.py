# WeakSet's set operators and methods, as CPython's _weakrefset.WeakSet:
# results are new WeakSets, in-place forms update the same object, the
# comparisons work on the weak refs, and other operands are iterables.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K%d" % self.n


a, b, c, d = K(1), K(2), K(3), K(4)
s1 = weakref.WeakSet([a, b])
s2 = weakref.WeakSet([b, c])


def show(s):
    return sorted(s, key=lambda k: k.n)


print(show(s1 | s2), show(s1 & s2), show(s1 - s2), show(s1 ^ s2))
print(type(s1 | s2).__name__, (s1 | s2) is s1)
print(show(s1.union([c, d])), show(s1.intersection([b, d])), show(s1.difference([a])))
print(show(s1.symmetric_difference([b, c, c])), show(s1.copy()), s1.copy() is s1)
print(s1 <= s2, s1 < s1 | s2, s1 | s2 >= s1, s1 > s2, s1 == s2, s1 != s2)
print(s1 == weakref.WeakSet([b, a]), s1 == {a, b}, s1 != {a, b})
print(s1.issubset([a, b, c]), s1.issuperset([a]), s1.isdisjoint([c]), s1.isdisjoint(s2))
t = s1
t |= s2
print(t is s1, show(s1))
t -= weakref.WeakSet([c])
print(t is s1, show(s1))
t &= [b, c, d]
print(t is s1, show(s1))
t ^= [c, d, d]
print(t is s1, show(s1))
s1.difference_update([c])
s1.intersection_update([b, d, a])
s1.symmetric_difference_update([a])
print(show(s1))
x = weakref.WeakSet([a])
x -= x
print(len(x))
for bad in (lambda: s1 | 1, lambda: 1 | s1, lambda: s1 <= [1], lambda: s1 - [2]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    hash(s1)
except TypeError as e:
    print("TypeError", e)
print(s1 == 5, s1 != 5)
