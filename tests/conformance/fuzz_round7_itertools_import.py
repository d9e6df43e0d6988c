# difffuzz round 7: import itertools leaves no garbage cycle (its chain and islice are the C types, no subset class defined and replaced)
import gc
import itertools
print(gc.collect())
print(list(itertools.pairwise([5, 4, 3])))
print(gc.collect())
g = itertools.pairwise([1, 2])
print(gc.collect())
