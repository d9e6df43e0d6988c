# gc.get_count() around list slicing: the loop slices an exact list without
# a slice object only while CPython 3.11's one-slice cache holds one, so
# the counts stay CPython's, with the cache full, and emptied by a slice
# kept alive (the next slice made is new, then fills it).
import gc


def deltas(l):
    out = []
    for i in range(6):
        before = gc.get_count()[0]
        a = l[i % 5:i % 7]
        b = l[::-1]
        l[:2] = l[3:5]
        c = b[:2]
        l[1:3] = c[::-1]
        del c
        out.append(gc.get_count()[0] - before)
        del a, b
    return out


gc.collect()
l = list(range(20))
print(deltas(l))
second = deltas(l)   # its first count depends on the list free list CPython's start-up leaves (the environment's size)
print(second[1:])
s = slice(1, 4)
print(deltas(l), l[s])
t = slice(None, 2)
print(deltas(l), l[t])
del s, t
print(deltas(l))
