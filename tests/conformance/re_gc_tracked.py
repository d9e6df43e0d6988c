# Pattern, Match and the finditer iterator are GC containers (CPython 3.11)
import gc, re

p = re.compile('a(b)')
m = p.match('ab')
it = p.finditer('ab')
print(gc.is_tracked(p), gc.is_tracked(m), gc.is_tracked(it), gc.is_tracked(re.compile(b'x')))
print(p in gc.get_referents(m), m.string in gc.get_referents(m))
# a cycle through a Match: the collector can see it and break it
import weakref
class Holder:
    pass
h = Holder()
h.m = re.match('(x)', 'x')
h.self = h
r = weakref.ref(h)
del h
gc.collect()
print(r() is None)
