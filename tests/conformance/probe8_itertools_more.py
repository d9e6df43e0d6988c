import itertools as it
print(list(it.accumulate([1, 2, 3, 4], initial=100)), list(it.accumulate([3, 1, 4], max)))
print(list(it.accumulate([])), list(it.accumulate([], initial=0)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.zip_longest()))
print(list(it.product("ab", repeat=2)), list(it.product()), list(it.product([])))
print(list(it.permutations([1, 2, 3], 2)), list(it.permutations([], 0)), list(it.permutations([1], 2)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.combinations(range(4), 0)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.filterfalse(None, [0, 1, "", "x"])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.islice("abcdefg", 1, None, 2)), list(it.islice("abc", 0)))
print(list(it.islice(it.count(10, 5), 3)), list(it.islice(it.count(1.5), 2)), list(it.islice(it.cycle("xy"), 5)))
print(list(it.repeat("r", 3)), list(it.repeat(1, -1)), list(it.chain.from_iterable(["ab", "cd"])))
print([(k, list(g)) for k, g in it.groupby("aaabbca")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
a, b = it.tee([1, 2, 3])
print(next(a), list(b), list(a))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
for bad in [lambda: it.islice("a", -1), lambda: it.islice("a", 0, 1, 0), lambda: it.permutations("a", -1),
            lambda: it.combinations("a", -1), lambda: it.repeat(), lambda: it.tee([], -1),
            lambda: it.islice("a", "x"), lambda: it.chain(1), lambda: it.count("a"), lambda: it.product("a", repeat=-1)]:
    try:
        r = bad()
        print(list(r) if r is not None else r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(it.count(3)), repr(it.count(3, 2)), repr(it.count(1.0, 0.5)), repr(it.repeat("x", 2)), repr(it.repeat(7)))
c = it.count()
next(c)
print(repr(c))
print(list(zip(*it.tee("ab", 3))))
