data = [3, 1, 2]
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{}, {}])
except TypeError as e:
    print("TypeError:", e)
def bad_key(x):
    if x == 2:
        raise ValueError("key fail at %d" % x)
    return -x
lst = [3, 1, 2, 5]
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, lst)
def mutating(x):
    lst2.append(x)
    return x
lst2 = [2, 1]
try:
    lst2.sort(key=mutating)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    ["a"].remove("b")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1][1] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2, 3][::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 2], key=lambda x: x, cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
people = [("bob", 25, 1.8), ("alice", 30, 1.6), ("carol", 25, 1.7), ("dave", 30, 1.9)]
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print([p[0] for p in sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1])])
nums = [5, -3, 0, -3, 2, 5.0, -0.0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(map(str, nums)))
lst3 = list(range(10))
lst3.sort(key=lambda n: n % 3)
print(lst3, list(reversed(lst3))[:3], lst3.index(5, 3), lst3.count(0))
words = "The quick Brown fox Jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1,), (1, 0), ()]))
