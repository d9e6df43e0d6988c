# dict views: set operations, live updates, ordering, merges
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys(); v = d.values(); it = d.items()
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - ['a']), sorted(k ^ {'a', 'q'}))
print(it & {('a', 1), ('b', 9)}, sorted(it | {('z', 0)}))
print(k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'}, k < k, it >= {('a', 1)})
try:
    v & {1}
except TypeError as e:
    print("TypeError", e)
print(v == v, list(v), repr(k), repr(v), repr(it))
d['d'] = 4
print(list(k), len(v), ('d', 4) in it, 4 in v, 'd' in k)
print(k.mapping['a'], type(k.mapping).__name__)
del d['a']
d['a'] = 10
print(list(d), list(reversed(d)), list(reversed(d.items())))
e = d | {'b': 20, 'z': 0}
print(e)
d |= [('x', 1)]
print(d)
try:
    d | [('y', 1)]
except TypeError as ex:
    print("TypeError", ex)
print(d == dict(reversed(list(d.items()))), list(d) == list(reversed(list(reversed(d)))))
try:
    for key in d:
        d['new'] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as ex:
    print("RuntimeError", ex)
print(dict.fromkeys('abc', 0), dict.fromkeys([1, 2]), dict(zip('xy', (1, 2))), dict([(1, 2)], z=3))
print(k.isdisjoint(['q']), it.isdisjoint([('b', 20)]))
print({1: 'a', True: 'b', 1.0: 'c'})
dd = {}
dd[1] = 'one'; dd[2] = 'two'; del dd[1]; dd[1] = 'again'
print(dd, dd.popitem(), dd)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError", ex)
