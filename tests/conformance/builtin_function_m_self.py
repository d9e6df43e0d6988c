# A built-in module's functions hold their module (CPython's m_self) and its
# name (m_module): gc.get_referents lists both, gc.get_referrers(module)
# lists every function, each counts in sys.getrefcount(module), and a
# function outlives its module's dict entry with its module.  (Not tested:
# deleting the last reference, which CPython's module copy for re-import
# keeps.)
import gc, sys, time, builtins

print(gc.get_referents(len), gc.get_referents(time.time))
print([type(x).__name__ for x in gc.get_referents(gc.collect)], gc.get_referents(gc.collect)[1])
print(len.__self__ is builtins, time.perf_counter.__self__ is time, gc.collect.__self__ is gc)
print(len.__module__, time.time.__module__, gc.isenabled.__module__)
print(gc.is_tracked(len), gc.is_tracked(time.time))

fs = [v for v in vars(time).values() if type(v) is type(len)]
refs = [r for r in gc.get_referrers(time) if type(r) is type(len)]
print(len(fs) == len(refs), len(refs) > 3, all(f.__self__ is time for f in refs))

r0 = sys.getrefcount(time)
f = time.monotonic
del time.monotonic
r1 = sys.getrefcount(time)
print(r1 - r0, f.__self__ is time, f() > 0)

# a bound method's referents are its object only
print(gc.get_referents([].append) == [[]], [].append.__self__ == [])
m = {}.get
print([type(x).__name__ for x in gc.get_referents(m)])
