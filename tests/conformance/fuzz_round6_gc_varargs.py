# Found by difffuzz round 6 (and probe6_gc_threshold_tuning):
# gc.set_threshold, get_referents and get_referrers are METH_VARARGS in
# CPython 3.11, so a call with arguments builds an argument tuple: one
# more gen-0 container in get_count() (it dies into the tuple free list),
# none without arguments.
import gc

x = [1]
gc.collect()
c0 = gc.get_count()[0]
r = gc.get_referents(x, x)
print('get_referents(x, x)', gc.get_count()[0] - c0)
del r
gc.collect()
c0 = gc.get_count()[0]
r = gc.get_referents(x)
print('get_referents(x)', gc.get_count()[0] - c0)
del r
gc.collect()
c0 = gc.get_count()[0]
r = gc.get_referents()
print('get_referents()', gc.get_count()[0] - c0)
del r
gc.collect()
c0 = gc.get_count()[0]
r = gc.get_referrers(x)
print('get_referrers(x)', gc.get_count()[0] - c0, len(r))
del r
gc.collect()
c0 = gc.get_count()[0]
gc.set_threshold(700)
print('set_threshold(700)', gc.get_count()[0] - c0)
gc.collect()
c0 = gc.get_count()[0]
gc.set_threshold(700, 10, 10)
print('set_threshold(700, 10, 10)', gc.get_count()[0] - c0)
