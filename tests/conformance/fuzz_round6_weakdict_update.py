# Found by difffuzz round 6: weak dictionaries' update() of a non-mapping
# goes through dict() (its messages); | and |= (3.9) with dicts and weak
# dictionaries; NotImplemented for anything else.
import weakref


class K:
    def __repr__(self):
        return 'K'


k = K()
for arg in [[1], [(1,)], [(1, 2, 3)], ['ab'], 5, [[k, 1]], {}, [], None]:
    for kind in ['WeakValueDictionary', 'WeakKeyDictionary']:
        try:
            d = getattr(weakref, kind)()
            d.update(arg)
            print(kind, 'ok', len(d))
        except Exception as e:
            print(kind, type(e).__name__, e)
a, b, c = K(), K(), K()
k1 = weakref.WeakKeyDictionary({a: 1, b: 2})
k2 = weakref.WeakKeyDictionary({b: 20, c: 30})
print(type(k1 | k2).__name__, sorted((k1 | k2).values()), sorted((k1 | {a: 5}).values()),
      sorted(({a: 5, c: 9} | k1).values()), type({a: 5} | k1).__name__)
k1 |= {c: 3}
k1 |= [(a, 100)]
print(sorted(k1.values()))
v1 = weakref.WeakValueDictionary(x=a)
print(sorted((v1 | {'y': b}).keys()), type({'z': c} | v1).__name__, v1.__or__([1]), v1.__ror__(5))
for bad in [lambda: k1 | [1], lambda: [1] | k1, lambda: v1 | 3]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    v1 |= 5
except TypeError as e:
    print('TypeError:', e)
