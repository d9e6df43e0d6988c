# itertools: count, cycle, repeat, chain, islice, product, permutations, combinations, accumulate and the rest
import itertools
from itertools import count, cycle, repeat, chain, islice, product, permutations, combinations, accumulate
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(cycle('ab'), 5)), list(repeat('x', 3)))
print(list(chain([1, 2], (3,), 'ab')), list(chain.from_iterable([[1], [2, 3]])), list(islice('abcdefg', 2, None)), list(islice(range(20), 1, 10, 3)))
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)), len(list(product(range(3), range(4), range(2)))))
print(list(permutations([1, 2, 3])), list(permutations('abcd', 2))[:7], list(permutations([], 0)))
print(list(combinations('abcd', 2)), list(combinations(range(5), 3))[-2:], list(combinations([1], 2)))
print(list(itertools.combinations_with_replacement('abc', 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(None, [0, 1, 2, 0])), list(itertools.compress('abcd', [1, 0, 1, 1])), list(itertools.zip_longest('ab', [1, 2, 3], fillvalue='-')))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')], [(k, list(g)) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
a, b = itertools.tee([1, 2, 3]); print(list(a), list(b), list(itertools.pairwise('abcd')), count(5), repeat(1, 2))
c = count(); next(c); print(next(c), c)
