# A WeakValueDictionary store makes one container, its KeyedRef (CPython's
# Lib/weakref.py; gclab made a bound callback and its argument tuple too),
# and every entry shares the dictionary's one callback.
import weakref, gc
class O: pass
d = weakref.WeakValueDictionary()
objs = [O() for i in range(5)]
gc.collect()
c0 = gc.get_count()[0]
d['a'] = objs[0]
c1 = gc.get_count()[0]
d['b'] = objs[1]
c2 = gc.get_count()[0]
d['c'] = objs[2]
c3 = gc.get_count()[0]
print('store counts', c2 - c1, c3 - c2)
print(d.valuerefs()[0].__callback__ is d.valuerefs()[2].__callback__)
