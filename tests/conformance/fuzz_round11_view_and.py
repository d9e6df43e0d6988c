# difffuzz round 11: a & b with a dict view asks the view whether it holds
# each item of the other side (CPython's _PyDictView_Intersect): an items
# view takes a non-pair as absent, never hashing it; an exact set at least
# as big intersects the view itself.
d = {'a': 1, 'b': 2, 'c': [3]}
e = {'b': 2, 'c': 4, 'd': 5}
tests = [lambda: d.items() & [[1]], lambda: d.items() & [('a', 1), ('c', [3]), 'xy', ('b',)],
         lambda: d.keys() & [[1]], lambda: [('a', 1), [2]] & d.items(), lambda: d.items() & e.items(),
         lambda: e.keys() & d.keys(), lambda: d.keys() & {'a', 'z'}, lambda: d.keys() & {'a', 'z', 'b', 'q'},
         lambda: d.items() & {('a', 1)}, lambda: d.items() & {('a', 1), 1, 2, 3, 4}, lambda: d.keys() & 'ab',
         lambda: d.items() & 1, lambda: d.items() & iter([([1], 2)]), lambda: {1: 2}.items() & [(1, 2)],
         lambda: type(d.keys() & set()), lambda: d.items() | [[1]], lambda: d.items() - [[1]], lambda: d.items() ^ [[1]]]
for t in tests:
    try:
        r = t()
        print(sorted(r, key=repr) if isinstance(r, (set, frozenset)) else r)
    except Exception as x:
        print(type(x).__name__, x)
