# WeakValueDictionary holds weakref.KeyedRef objects (a ref subclass with a
# key slot), one per entry, all with the dictionary's one callback; the
# class is weakref.KeyedRef, constructible with (ob, callback, key).
import weakref, sys, gc
class O: pass
d = weakref.WeakValueDictionary()
o = O()
d['a'] = o
r = d.valuerefs()[0]
print(type(r), type(r).__mro__, r.key, r() is o, r.__callback__ is not None)
print(weakref.KeyedRef, weakref.KeyedRef.__name__, weakref.KeyedRef.__module__, weakref.KeyedRef.__qualname__)
print(weakref.KeyedRef.__slots__, type(weakref.KeyedRef.__dict__['key']).__name__, '__dict__' in dir(r))
print(isinstance(r, weakref.ref), sorted(set(dir(r)) - set(dir(weakref.ref(o)))))
k = weakref.KeyedRef(o, None, 'kk')
print(k.key, k() is o, k.__callback__)
log = []
k2 = weakref.KeyedRef(o, lambda w: log.append(w.key), 'k2')
try:
    weakref.KeyedRef(o, None)
except TypeError as e:
    print('TypeError')
del o
print(len(d), log, k(), k2.key)
for ref in d.itervaluerefs():
    print(type(ref).__name__)
o2 = O()
d['b'] = o2
print([type(x).__name__ for x in d.itervaluerefs()], [x.key for x in d.valuerefs()])
k.key = 'changed'
print(k.key, hash(weakref.KeyedRef(o2, None, 1)) == hash(o2) if False else 'x')
del o2
print(len(d), dict(d))
