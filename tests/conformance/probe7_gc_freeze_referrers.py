# frozen objects: get_referrers, get_objects, collect and is_tracked around freeze
import gc

class Obj:
    pass

gc.collect()
target = Obj()
holder = [target]
frozen_holder = {'t': target}
gc.freeze()
late_holder = (target, 'late')
refs = gc.get_referrers(target)
print(sorted(type(r).__name__ for r in refs if r is not globals()))
print(any(r is holder for r in refs), any(r is frozen_holder for r in refs), any(r is late_holder for r in refs))
print(sum(1 for o in gc.get_objects() if o is holder), gc.is_tracked(holder))
a = Obj(); b = Obj(); a.b = b; b.a = a
gc.freeze()
del a, b
print("collect frozen cycle", gc.collect())
gc.unfreeze()
print("collect after unfreeze", gc.collect())
print(gc.get_freeze_count())
refs = gc.get_referrers(target)
print(any(r is holder for r in refs), any(r is frozen_holder for r in refs))
