# WeakValueDictionary as an object cache: refs views, copies, updates.
import gc
import weakref


class Img:
    def __init__(self, key):
        self.key = key

    def __repr__(self):
        return 'Img(%s)' % self.key


cache = weakref.WeakValueDictionary()
held = [Img(k) for k in 'abcd']
for im in held:
    cache[im.key] = im
print(sorted(cache.keys()), len(cache))
refs = cache.valuerefs()
print(len(refs), sorted(r().key for r in refs))
keys = sorted(cache.keyrefs() if hasattr(cache, 'keyrefs') else [])
print('keyrefs' if hasattr(cache, 'keyrefs') else 'no keyrefs')
print(sorted(k for k, r in [(r().key, r) for r in cache.itervaluerefs()]))
copy = cache.copy()
print(type(copy).__name__, sorted(copy.items(), key=lambda kv: kv[0]))
del held[1]
del im
gc.collect()
print(sorted(cache), sorted(copy))
print(cache.get('b'), cache.get('b', 'gone'), 'b' in cache)
extra = Img('e')
cache.update({'e': extra})
cache.update(f=extra)
print(sorted(cache.items(), key=lambda kv: kv[0]))
print(cache.setdefault('e', held[0]), cache.setdefault('g', held[0]))
print(cache.pop('g'), cache.pop('zz', None))
try:
    cache['zz']
except KeyError as e:
    print('KeyError', e)
try:
    cache['h'] = 5
except TypeError as e:
    print('TypeError:', e)
del extra
gc.collect()
print(sorted(cache), len(cache))
