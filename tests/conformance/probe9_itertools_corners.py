import itertools as it

print(list(it.islice("abcdefg", 1, None, 2)), list(it.islice(range(10), 3)), list(it.islice([], 0)))
for bad in ((-1,), (1, -1), (0, 1, 0), ("a",)):
    try:
        it.islice("abc", *bad)
    except ValueError as e:
        print(e)
print(list(it.islice("abc", None)), list(it.islice("abcdef", None, None, None)))
print(list(it.accumulate([1, 2, 3, 4], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate("abc")))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.compress("abcde", [1, 0, 1])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest()), list(it.pairwise("abcd")), list(it.pairwise("a")))
print([(k, list(g)) for k, g in it.groupby("aabbbcca")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["ab", "cd"])), list(it.repeat("x", 3)), list(it.repeat(1, -5)))
print(list(it.permutations("abc", 2)), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.product("ab", repeat=0)))
a, b = it.tee([1, 2, 3])
print(next(a), list(b), list(a))
print(len(it.tee("abc", 3)), it.tee("x", 0))
try:
    it.tee("x", -1)
except ValueError as e:
    print(e)
try:
    it.repeat()
except TypeError as e:
    print(e)
try:
    list(it.starmap(pow, [1]))
except TypeError as e:
    print(e)
try:
    it.chain(1)
    print("lazy chain ok")
    list(it.chain(1))
except TypeError as e:
    print(e)
try:
    it.groupby(1)
except TypeError as e:
    print(e)
try:
    it.zip_longest("a", fill=1)
except TypeError as e:
    print(e)
print(list(zip("abc", it.count(1))), list(it.islice(it.cycle("ab"), 5)))
