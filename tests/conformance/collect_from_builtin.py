# gc.collect called by a builtin, not by the program: a sort or min/max key.
# What the builtin holds in C variables across the call (sorted's new list,
# min's best item) must survive: a tracing collector sees only the VM's
# stacks, so it collects later instead (regression: marksweep freed them).
import gc
def sort_by_collect():
    s = sorted([2, 0, 1, 1] * 3, key=gc.collect)
    junk = [[i, i] for i in range(200)]
    return s
s = sort_by_collect()
print(len(s), sorted(s))
def best_of():
    m = max([str(i) * 3 for i in range(5)], key=lambda x: x)
    k = min([0, 1, 2, 1, 0], key=gc.collect)
    junk = [[i] for i in range(100)]
    return m, k in (0, 1, 2)
print(best_of())
l = [2, 1, 0] * 4
l.sort(key=gc.collect)
print(len(l), sorted(l))
print(gc.collect() >= 0)
