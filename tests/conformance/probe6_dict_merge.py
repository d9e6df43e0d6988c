# dict merging and config layering: |, |=, update forms, fromkeys,
# popitem order, views, and the KeyError reprs.
defaults = {'host': 'localhost', 'port': 8080, 'debug': False}
env = {'port': 9000, 'user': 'svc'}
cli = dict(debug=True)
cfg = defaults | env | cli
print(cfg)
layered = dict(defaults)
layered |= env
layered |= [('extra', 1)]
print(layered)
try:
    defaults | [('a', 1)]
except TypeError as e:
    print('TypeError:', e)
d = dict.fromkeys('abc', [])
d['a'].append(1)
print(d)
print(dict.fromkeys(range(3)), dict.fromkeys([]))
d2 = {}
d2.update([('x', 1)], y=2)
d2.update({'z': 3}.items())
print(d2)
try:
    d2.update([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
try:
    d2.update([1])
except TypeError as e:
    print('TypeError:', e)
while d2:
    print('popitem', d2.popitem())
try:
    d2.popitem()
except KeyError as e:
    print('KeyError:', e)
for k in [('t', 1), 'str', 3.5, None, frozenset()]:
    try:
        {}[k]
    except KeyError as e:
        print('KeyError', repr(e), e.args)
ks = cfg.keys()
cfg['new'] = 1
print(list(ks), len(ks), 'new' in ks)
print(list(reversed(cfg)), list(reversed(cfg.values()))[:2], list(reversed(cfg.items()))[0])
print(ks & {'port', 'nope'}, sorted(ks - {'host'}), ks ^ {'host', 'z'} == {'port', 'debug', 'user', 'new', 'z'})
try:
    for k in cfg:
        cfg[k + '!'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print({1: 'a', True: 'b', 1.0: 'c'}, {0: 1} == {False: 1})
print(cfg.get('missing'), cfg.setdefault('port', 1), cfg.pop('missing', 'dflt'))
try:
    cfg.pop('missing')
except KeyError as e:
    print('KeyError:', e)
try:
    {[]: 1}
except TypeError as e:
    print('TypeError:', e)
