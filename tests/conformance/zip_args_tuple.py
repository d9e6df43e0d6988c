# zip(a, b) in CPython 3.11 goes through tp_call: its arguments are packed in a
# tuple taken from the free list and given back after the call, besides the
# tuple of iterators and the result tuple, so the free list of pairs empties
# one call later than without it: gc.get_count() per call shows it.
import gc
gc.disable()
L = [1, 2, 3]
drain = []
for k in range(1, 6):
    for i in range(2100):
        drain.append(tuple(range(k)))
res = [0] * 40
def count(base, make):
    keep = [None] * 6
    for i in range(6):
        b = gc.get_count()[0]
        keep[i] = make()
        res[base + i] = gc.get_count()[0] - b
    return keep
def pairs(base):
    keep = [None] * 4
    for i in range(4):
        b = gc.get_count()[0]
        keep[i] = (i, base)
        res[base + i] = gc.get_count()[0] - b
    return keep
pairs(0)
count(10, lambda: zip(L, L))
count(20, lambda: zip(L, L))
print(res)
