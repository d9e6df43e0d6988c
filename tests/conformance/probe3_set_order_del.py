# Probing program (issue 13, round 3): sets of ints: iteration order after removals and growth
s = set(range(20))
for i in range(0, 20, 2):
    s.discard(i)
print(list(s))
s.update([100, 33, 64, 1 << 40, -1, -8])
print(list(s))
s2 = {5, 3, 1}
s2.add(9); s2.remove(3); s2.add(3)
print(list(s2), s2.pop(), list(s2))
print(list({7, 15, 23, 31}), list({-1, -2, -3}), list(frozenset([32, 0, 16, 8])))
s3 = set()
for i in range(50):
    s3.add(i * 37 % 101)
print(list(s3)[:20])
for i in list(s3)[::2]:
    s3.discard(i)
print(list(s3))
print(sorted({3, 1} | {2}), {1, 2} ^ {2, 3}, {1, 2, 3} - {2}, {1, 2} & {2, 3})
print(list({1.5, 2, True, 0.0}), list({(1, 2), (0, 1)}) == [(1, 2), (0, 1)] or True)
s4 = {1, 2, 3}
try:
    for x in s4:
        s4.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
print(frozenset({1}) == {1}, {frozenset({1}): "fs"}[frozenset([1])], set("aab") == {"a", "b"})
print(hash(frozenset()) , hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(repr(set()), repr(frozenset()), repr({0}), repr(frozenset({0})))
