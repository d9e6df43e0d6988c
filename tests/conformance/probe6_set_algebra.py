# Set algebra for a tagging system: frozensets as keys, in-place ops,
# subset tests, and messages.
tags = {
    'post1': {'python', 'gc', 'memory'},
    'post2': {'python', 'web'},
    'post3': {'gc', 'memory', 'c'},
    'post4': set(),
}
allt = set().union(*tags.values())
print(sorted(allt))
common = set.intersection(*[t for t in tags.values() if t])
print(common)
print(sorted(tags['post1'] ^ tags['post3']), sorted(tags['post1'] - tags['post3']))
by_combo = {}
for post, t in tags.items():
    by_combo.setdefault(frozenset(t), []).append(post)
print(sorted((sorted(k), v) for k, v in by_combo.items()))
s = {'a', 'b'}
alias = s
s |= {'c'}
s -= {'a'}
s ^= {'b', 'd'}
s &= {'c', 'd', 'e'}
print(sorted(s), alias is s)
s.symmetric_difference_update(['x', 'c'])
s.intersection_update('xyzd')
s.difference_update(['y'])
print(sorted(s))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2}.issuperset([1]), {1}.isdisjoint((2, 3)))
print(frozenset('ab') == {'a', 'b'}, hash(frozenset()) == hash(frozenset([])), type(frozenset('a') | {'b'}).__name__)
print(type({'b'} | frozenset('a')).__name__, sorted(frozenset('ab').union('c')))
try:
    {1}.remove(2)
except KeyError as e:
    print('KeyError:', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
try:
    {1} | [2]
except TypeError as e:
    print('TypeError:', e)
try:
    {{1}}
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset().add(1)
except AttributeError as e:
    print('AttributeError:', e)
print({1, 2, 3} == frozenset({1, 2, 3}), {1} in [{1}], set('hello') > set('he'))
e = set()
print(e, frozenset(), repr(set([0])), str({frozenset([1])}))
print(sorted({x % 3 for x in range(10)}), len({0, 0.0, False}), {True, 1} == {1})
