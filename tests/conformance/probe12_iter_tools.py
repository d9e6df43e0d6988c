import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 3)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.pairwise("abcd")))
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.islice(it.count(5, 3), 4)))
print(list(it.islice("abcdefg", 1, None, 2)), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.filterfalse(None, [0, 1, "", "a"])))
for k, grp in it.groupby(sorted("mississippi")):
    print(k, len(list(grp)), end="; ")
print()
print([(k, list(g)) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1], key=lambda x: x % 2)])
a, b = it.tee(iter(range(4)))
print(list(a), list(b))
cyc = it.cycle("xy")
print([next(cyc) for _ in range(5)], list(it.repeat("r", 3)), list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["ab", "cd"])))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(filter(None, [0, 2, None, 3])), list(enumerate("ab", start=10)))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("abc", range(3))), list(map(str.upper, "ab")))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    next(it.islice([], 1))
except StopIteration:
    print("StopIteration")
try:
    it.islice("a", -1)
except ValueError as e:
    print("ValueError", e)
print(list(it.batched(range(5), 2)) if hasattr(it, "batched") else "no batched")
r = range(2, 20, 3)
print(r, len(r), r[2], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5), list(r[::-2]), range(0) == range(5, 2))
try:
    r.index(3)
except ValueError as e:
    print("ValueError", e)
print(any(x > 3 for x in [1, 5]), all([]), any([]), sum(range(101)), list(range(10, 0, -3)), min(range(5, 9)))
squares = {x: x * x for x in range(6) if x % 2}
evens = {x % 3 for x in range(10)}
print(squares, evens, [y for x in [[1, 2], [3]] for y in x], [[i * j for j in range(3)] for i in range(2)])
print({k: v for k, v in zip("ab", "cd")}, {(i, j) for i in range(2) for j in range(2) if i != j})
