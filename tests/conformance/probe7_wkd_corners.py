# WeakKeyDictionary corners: unhashable / unweakrefable keys, defaults
import weakref, gc

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, o):
        return isinstance(o, K) and o.n == self.n

d = weakref.WeakKeyDictionary()
a, b = K(1), K(2)
d[a] = 'a'
d[b] = 'b'
print(len(d), d[K(1)], d.get(K(2)), d.get(K(3), 'dflt'))
print(K(1) in d, 5 in d, 'x' in d, [1] in d)
for bad in (5, 'x', [1]):
    try:
        d[bad] = 1
    except TypeError as e:
        print("set", type(bad).__name__, e)
    try:
        d.get(bad)
        print("get ok", type(bad).__name__)
    except TypeError as e:
        print("get", type(bad).__name__, e)
try:
    d[K(9)]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(d.setdefault(a, 'z'), d.setdefault(K(7), 'new') if False else 'skip')
print(d.pop(K(2)), d.pop(K(2), 'gone'))
try:
    d.pop(K(2))
except KeyError as e:
    print("KeyError pop")
d[b] = 'b2'
del b
gc.collect()
print(len(d), [k.n for k in d.keys()])
k3 = K(3)
d.update({k3: 'c'}, )
d.update([(K(1), 'A')])
print(sorted((k.n, v) for k, v in d.items()))
print(len(d.keyrefs()))
del k3
gc.collect()
print(len(d))
try:
    del d[K(44)]
except KeyError:
    print("KeyError del")
