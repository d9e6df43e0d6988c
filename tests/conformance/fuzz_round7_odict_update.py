# difffuzz round 7: OrderedDict(x) and .update(x) as CPython's C OrderedDict (an exact dict's items, keys() and [], else pairs with its own unpacking messages)
from collections import OrderedDict, defaultdict
class KeysOnly:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
cases = ['ab', [(1, 2, 3)], [1], 5, [[1, 2]], ['ab'], [()], {'k': 1}, KeysOnly(), OrderedDict([(2, 'b'), (1, 'a')]), [(1, 2), (3, 4)], iter([(5, 6)])]
for arg in cases:
    for cls in (OrderedDict, dict):
        try:
            d = cls(arg)
            print(cls.__name__, type(arg).__name__, list(d.items()))
        except Exception as e:
            print(cls.__name__, type(arg).__name__, type(e).__name__, e)
od = OrderedDict(a=1)
od.update([('b', 2)], c=3)
od.update({'a': 0})
print(list(od.items()))
try:
    od.update(1, 2)
except TypeError as e:
    print("TypeError", e)
for a in ['ab', [1], 5]:
    try:
        od.update(a)
    except Exception as e:
        print('update', type(e).__name__, e)
print(od)
