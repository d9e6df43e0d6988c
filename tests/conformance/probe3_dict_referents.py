# Probing program (issue 13, round 3): gc.get_referents of a dict whose keys are all str
# (CPython 3.11's unicode-keys tables visit their values only; a non-str key makes the
# table general for good, clear() starts over)
import gc
import sys
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Node(%s)' % self.name
target = Node('t')
print(gc.get_referents({'k': target}), gc.get_referents({1: target}), gc.get_referents({'a': 1, 2: 'b'}))
print(gc.get_referents(target.__dict__))
d = {'x': 1}
d[5] = 2
del d[5]
print(gc.get_referents(d), sys.getsizeof(d))
d.clear()
d['y'] = 3
print(gc.get_referents(d), sys.getsizeof(d))
def refers(a, b):
    return any(r is b for r in gc.get_referents(a))
key = 'key' + str(len(d))
u = {key: target}
g = {key: target, 0: None}
del g[0]
print(refers(u, key), refers(g, key), len(gc.get_referents(u)), len(gc.get_referents(g)))
copies = [g.copy(), dict(g), u.copy(), dict(u)]
print([refers(c, key) for c in copies])
made = [dict.fromkeys({key}, []), dict.fromkeys([key], []), dict.fromkeys(g, []), dict.fromkeys(u, [])]
print([refers(c, key) for c in made])
e = {'p': 1}
e.update(g)
f = {}
f.update(g)
print(refers(e, key), refers(f, key), len(gc.get_referents(e)), len(gc.get_referents(f)))
h = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
for k in 'abcd':
    del h[k]
h['f'] = 6
print(gc.get_referents(h), sys.getsizeof(h))
for n in range(1, 8):
    m = {}
    for i in range(n):
        m['s%d' % i] = i
    m[n] = n
    print(n, len(gc.get_referents(m)), sys.getsizeof(m))
print(len(gc.get_referents({k: 0 for k in 'abcdefghijk'})), len(gc.get_referents(dict(a=1, b=2))))
