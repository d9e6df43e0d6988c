# Counter.update(mapping) as CPython 3.11's: an empty counter takes the
# mapping as dict.update does (any values), a non-empty one adds
# count + old (the mapping's count on the left).
import collections
c = collections.Counter({'a': None, 'b': 'x'})
print(sorted(c.items(), key=repr))
c = collections.Counter(dict.fromkeys(range(3)))
print(c)
c = collections.Counter(a=1)
c.update({'a': 2, 'b': 3})
print(c)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return 'N+%r' % (o,)
    def __radd__(self, o): return '%r+N' % (o,)
    def __repr__(self): return 'N'
c = collections.Counter(a=1)
c.update({'a': N(1), 'z': N(2)})
print(sorted(c.items()))
c = collections.Counter(a=1)
try:
    c.update({'a': None})
except TypeError as e:
    print(e)
c = collections.Counter()
c.update({'q': 'text'})
try:
    c.update('qq')
except TypeError as e:
    print(e)
print(c)
