# Sales report with itertools: groupby, accumulate, pairwise, islice,
# product, combinations, chain.from_iterable, zip_longest, starmap.
import itertools as it

sales = [('mon', 'north', 5), ('mon', 'south', 3), ('tue', 'north', 7),
         ('wed', 'south', 2), ('wed', 'north', 1), ('wed', 'east', 4)]
for day, grp in it.groupby(sales, key=lambda s: s[0]):
    g = list(grp)
    print(day, len(g), sum(s[2] for s in g))
daily = [sum(s[2] for s in g) for _, g in it.groupby(sales, key=lambda s: s[0])]
print(list(it.accumulate(daily)), list(it.accumulate(daily, max)), list(it.accumulate(daily, initial=100)))
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(it.pairwise(daily)), [b - a for a, b in it.pairwise(daily)])
print(list(it.islice(it.count(10, 5), 3)), list(it.islice('abcdefg', 1, None, 2)), list(it.islice(range(10), 2, 6)))
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), 'xy', [0]))))
print(list(it.combinations('abcd', 2))[:4], list(it.combinations_with_replacement('ab', 2)))
print(list(it.permutations([1, 2, 3], 2))[-2:], len(list(it.permutations(range(5)))))
print(list(it.chain.from_iterable(['ab', 'cd'])), list(it.chain([1], (2,), {3: 0})))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(it.repeat('x', 3)), list(zip(range(3), it.repeat(0))), list(it.islice(it.cycle('ab'), 5)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(sorted(sales, key=lambda s: (s[1], s[2]))[:2])
try:
    list(it.islice('abc', -1))
except ValueError as e:
    print('ValueError:', e)
