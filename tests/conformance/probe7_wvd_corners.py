# WeakValueDictionary corners
import weakref, gc

class V:
    def __init__(self, n):
        self.n = n

d = weakref.WeakValueDictionary()
v1, v2 = V(1), V(2)
d['a'] = v1
d[2] = v2
d[(1, 2)] = v1
print(len(d), d['a'].n, d.get('zz'), d.get('zz', 0))
try:
    d['bad'] = 5
except TypeError as e:
    print("TypeError", e)
try:
    d[[1]] = v1
except TypeError as e:
    print("TypeError", e)
try:
    d['missing']
except KeyError as e:
    print("KeyError", e)
print('a' in d, 'q' in d, [1] in d if False else 'skip')
print(d.setdefault('a', v2).n, d.setdefault('n', v2).n)
print(d.pop('n').n, d.pop('n', 'none'))
del v1
gc.collect()
print(len(d), sorted(map(str, d.keys())))
try:
    d.popitem()
    print(len(d))
    d.popitem()
except KeyError as e:
    print("KeyError", e)
v3 = V(3)
d.update(x=v3)
d.update({'y': v3})
print(sorted(d), [d[k].n for k in sorted(d)])
vs = d.valuerefs()
print(len(vs), all(r() is v3 for r in vs))
del v3
gc.collect()
print(len(d), len(list(d.items())))
