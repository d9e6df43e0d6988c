# itertools -- gclab's itertools: every tool is a C type (or, tee, a C
# function) of _itertools (modules/mod_itertools*.c), as every one is C in
# CPython 3.11's itertoolsmodule.c: a tool written here would run frames
# and make dicts and lists CPython never does, and gc.get_count() around
# it would differ.  No subset version is kept: a class defined and then
# replaced would be a garbage class cycle the first gc.collect() after
# `import itertools` finds.


from _itertools import islice, chain, repeat, accumulate, takewhile, dropwhile, groupby, combinations, \
    count, cycle, product, permutations, combinations_with_replacement, starmap, filterfalse, compress, \
    zip_longest, pairwise, tee, _grouper, _tee, _tee_dataobject
