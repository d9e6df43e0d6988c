print(list(zip("abc", range(10), [True, False, None])), list(zip()), list(zip([])))
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(enumerate("xyz", start=10)), list(enumerate([], 5)), dict(enumerate("ab", -1)))
it = iter([1, 2])
print(next(it), next(it), next(it, None), list(it), next(iter(()), "empty"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
r = reversed(range(1, 10, 3))
print(list(r), list(r), list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(range(10)[2:8:2], range(0, -10, -3)[1], len(range(5, 0, -2)), range(3) == range(0, 3, 1), range(0) == range(5, 5))
print(list(range(10, 0, -3)), 7 in range(1, 10, 3), range(1, 10, 3).index(7), range(1, 10, 3).count(8))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any([0, "", None]))
print(sum([[1], [2, 3]], []), sum((0.5, 0.25)), sum(range(5), 10), sum([], start=7))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max("apple", "fig", key=len), min([], default="none"), max([1], default=0), min((2, "b"), (2, "a")))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(*[(1, "a"), (2, "b")])), [list(p) for p in zip(*[[1, 2, 3]] * 2)])
squares = iter(lambda: len(squares_src) and squares_src.pop(), 0)
squares_src = [0, 4, 9]
print(list(squares))
print(sorted(iter([3, 1, 2])), tuple(iter("hi")), set(iter([1, 1])), dict(iter([("a", 1)])))
print(list(filter(lambda s: s.isdigit(), ["1", "a", "22"])), list(map(len, ["", "ab"])), list(filter(str.isupper, "aBcD")))
def gen():
    yield 1
    yield 2
g = gen()
print(list(zip(g, g)), list(g), iter(g) is g)
