import itertools
from itertools import chain, islice, groupby, accumulate, product, permutations, combinations, count, cycle, repeat, starmap, takewhile, dropwhile, zip_longest, compress, tee
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, 6, 2)), list(islice(cycle("xy"), 5)))
print(list(repeat("z", 3)), list(starmap(pow, [(2, 3), (3, 2)])))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
print([(k, list(g)) for k, g in groupby(data, key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby("aaabccdd")])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4)))))
print(list(permutations("abc", 2))[:4], len(list(permutations(range(5)))))
print(list(combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(compress("abcdef", [1, 0, 1, 0, 1])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.filterfalse(None, [0, 1, "", "x"])), list(itertools.pairwise("abcd")))
g = groupby([1, 1, 2])
k1, grp1 = next(g)
print(k1, list(grp1), [(k, list(v)) for k, v in g])
print(sum(1 for _ in product(range(5), repeat=3)), next(count()), next(count(2.5, 0.5)))
print(list(islice(count(), 0)), list(islice([1, 2, 3], None)), list(islice([1, 2, 3], 1, None)))
try:
    list(islice([1], -1))
except ValueError as e:
    print("ValueError:", e)
try:
    next(repeat(1, 0))
except StopIteration:
    print("empty repeat")
print(type(chain()).__name__, type(count()).__name__, repr(count(3)), repr(repeat(2, 3)))
