# CPython 3.11's free lists and gc.get_count(): a tuple (1 to 20 items),
# list or dict taken from its free list, or put back on it, moves no count;
# a full collection empties the free lists.  No print between the
# measurements (printing may allocate); no built-in type is called (a call
# may build an argument tuple here where CPython's vectorcall does not).
import gc
x = 1
out = []

def count():
    return gc.get_count()[0]

# tuples: the first made after a full collection counts, the next ones
# reuse the dead ones; 20 items are kept but never reused; 21 not kept
for n in (1, 2, 3, 19, 20, 21):
    gc.collect()
    c0 = count()
    i = 0
    while i < 4:
        t = (x,) * n
        i += 1
    c1 = count()
    del t
    c2 = count()
    out.append((n, c1 - c0, c2 - c0))

# lists: 80 dead lists kept
def lists(r):
    gc.collect()
    c0 = count()
    ls = [[x] for i in r]
    a = count() - c0
    del ls
    b = count() - c0
    ls = [[x, x] for i in r]
    c = count() - c0
    return a, b, c

out.append(lists(range(10)))
out.append(lists(range(100)))
out.append(lists(range(300)))

# dicts: 80 dead dicts kept
def dicts(r):
    gc.collect()
    c0 = count()
    ds = [{'a': x} for i in r]
    a = count() - c0
    del ds
    b = count() - c0
    ds = [{'b': x} for i in r]
    c = count() - c0
    return a, b, c

out.append(dicts(range(10)))
out.append(dicts(range(100)))

# tuples of pairs: 2000 kept per size
def pairs(r):
    gc.collect()
    c0 = count()
    ps = [(x, i) for i in r]
    a = count() - c0
    del ps
    b = count() - c0
    ps = [(i, x) for i in r]
    c = count() - c0
    return a, b, c

out.append(pairs(range(100)))
out.append(pairs(range(2500)))

# a generation-0 collection does not empty them; a full one does
r50 = range(50)
gc.collect()
ps = [(i, x) for i in r50]
del ps
gc.collect(0)
c0 = count()
ps = [(i, x) for i in r50]
out.append(('gen0', count() - c0))
del ps
gc.collect()
c0 = count()
ps = [(i, x) for i in r50]
out.append(('full', count() - c0))
for item in out:
    print(item)
