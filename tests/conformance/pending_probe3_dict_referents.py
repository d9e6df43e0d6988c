# Probing program (issue 13, round 3), PENDING: gc.get_referents of a dict whose keys are all str
import gc
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
print(gc.get_referents(d))
print(sorted(type(r).__name__ for r in gc.get_referrers('name')))
