# collections.defaultdict as CPython 3.11's C type: tracking, what
# gc.get_referents sees (the factory, then the dict's values and keys),
# reprs (its own recursion and a factory being repr'd), __missing__ and
# KeyError's args, copy/__copy__/| and their class, subclasses and their
# __dict__, errors.
import gc, sys
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['b']
print(d, repr(defaultdict()), defaultdict(None, {1: 2}), type(d).__name__, type(d).__module__, defaultdict.__qualname__)
print(d.default_factory, gc.is_tracked(defaultdict()), gc.is_tracked({}))
print(gc.get_referents(defaultdict(list, {'a': [1]})))
print(gc.get_referents(defaultdict(int, {1: 2})))
e = d.copy(); print(type(e).__name__, e, e is d, e.default_factory)

print(d.__copy__(), d | {'c': 3}, {'c': 3} | d, type({'c': 3} | d).__name__)
class My(defaultdict):
    pass
m = My(int)
m['x'] += 1
print(m, m.copy(), type(m.copy()).__name__, type(m | {}).__name__, isinstance(m, dict), My.__mro__)
m.attr = 5; print(m.attr, m.__dict__)
d.default_factory = None
try:
    d['zz']
except KeyError as err:
    print('KeyError', err, err.args)
try:
    defaultdict(None)[(1, 2)]
except KeyError as err:
    print('KeyError', err, err.args)
del d.default_factory
print(d.default_factory)
for label, f in [('bad factory', lambda: defaultdict(3)), ('too many', lambda: defaultdict(list, {}, {})),
                 ('missing noarg', lambda: defaultdict(list).__missing__()),
                 ('or int', lambda: defaultdict(list) | 3)]:
    try:
        f(); print(label, 'ok')
    except Exception as err:
        print(label, type(err).__name__, err)
r = defaultdict(list); r.default_factory = r
print(repr(r)[:60])
r = defaultdict(list); r['self'] = r
print(r)
print(defaultdict.__missing__, defaultdict.copy, defaultdict.__init__)
def fx():
    return "x"
dd = defaultdict(fx, a=1)
print(dd.get("q"), "q" in dd, dd["q"], dict(dd), len(dd), dd == {'a': 1, 'q': 'x'})
print(sys.getsizeof(defaultdict()) > 0)
fd = defaultdict.__dict__['default_factory']
print(type(fd).__name__, fd, fd.__get__(defaultdict(), defaultdict))
x = defaultdict(list)
del x.default_factory
del x.default_factory
print(x.default_factory, gc.get_referents(x))
