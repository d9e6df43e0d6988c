# Differences the differential fuzzer found in issue 13's second round
# (seeds 80000-80303), minimised.
log = []
# a sort whose keys are all of one class calls __lt__ directly; only a
# NotImplemented goes through the whole protocol, calling __lt__ again
class S:
    def __init__(self, v, t):
        self.v = v ; self.t = t
    def __lt__(self, o):
        log.append((self.t, o.t))
        return NotImplemented if self.v == 3 else self.v < o.v
    def __repr__(self):
        return 'S%d' % self.t
for vals, rev in (([5, 2, 5, 5, 5, 5, 5, 3], False), ([2, 1, 0, 1, 2, 3, 2, 0, 4, 2, 5, 1, 0], True)):
    xs = [S(v, i) for i, v in enumerate(vals)]
    try:
        print(sorted(xs, reverse=rev))
    except TypeError as e:
        print('TypeError', e)
    print(log)
    log.clear()
# mixed key types compare through the protocol once
xs = [S(1, 0), S(3, 1), 5]
try:
    xs.sort()
except TypeError as e:
    print('TypeError', e, log)
log.clear()
# dict keys and items views compare as sets, and are unhashable
d = {1: 'a', 2: 'b'}
print({}.keys() == {}.keys(), d.keys() == {1, 2}, {2, 1} == d.keys(), d.keys() != {1}, d.keys() < {1, 2, 3})
print(d.keys() <= d.keys(), d.keys() > {1}, d.keys() >= {3}, d.items() == {(1, 'a'), (2, 'b')})
print(d.items() == d.keys(), d.keys() == [1, 2], d.values() == d.values(), frozenset([1, 2]) == d.keys())
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
