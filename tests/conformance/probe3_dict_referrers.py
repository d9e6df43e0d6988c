# Probing program (issue 13, round 3): gc.get_referrers of a str key finds only the
# dicts whose table is general (CPython 3.11's unicode-keys tables visit their values only)
import gc
class Node:
    pass
target = Node()
key = 'key' + str(len([]))
u = {key: target}
g = {key: target, 0: None}
del g[0]
holders = [u, g, {key: [], 1: 1}, {1: 1, key: []}, dict.fromkeys({key}, target), dict(g)]
found = gc.get_referrers(key)
print([any(r is h for r in found) for h in holders])
u.clear()
u[1] = target
u.clear()
u[key] = target
print(any(r is u for r in gc.get_referrers(key)), len(gc.get_referents(u)))
