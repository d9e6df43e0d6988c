# Which iterator objects CPython 3.11 tracks, so that making one moves
# gc.get_count()[0]; and what they allocate with them (enumerate and zip
# keep a result tuple).  The free lists of small tuples are drained first,
# so that every container counts whatever the interpreter's start-up left.
import gc
gc.disable()

L = [1, 2, 3]
d = {1: 2}
s = "abc"
b = b"ab"
st = {1}
t = (1, 2)
drain = []
for k in range(1, 6):
    for i in range(2100):
        drain.append(tuple(range(k)))

def ident(x):
    return x

N = 50

def count(name, make):
    keep = [None] * N
    before = gc.get_count()[0]
    for i in range(N):
        keep[i] = make()
    print(name, gc.get_count()[0] - before)
    return keep

count("enumerate", lambda: enumerate(L))
count("zip2", lambda: zip(L, L))
count("zip0", lambda: zip())
count("map", lambda: map(ident, L))
count("filter", lambda: filter(ident, L))
count("reversed", lambda: reversed(L))
count("reversed_range", lambda: reversed(range(3)))
count("list_iterator", lambda: iter(L))
count("tuple_iterator", lambda: iter(t))
count("set_iterator", lambda: iter(st))
count("dict_keyiterator", lambda: iter(d))
count("dict_itemiterator", lambda: iter(d.items()))
count("range_iterator", lambda: iter(range(3)))
count("str_iterator", lambda: iter(s))
count("bytes_iterator", lambda: iter(b))
count("generator", lambda: (x for x in L))

# The kept result tuple is handed out again while nothing else holds it.
before = gc.get_count()[0]
for i, x in enumerate(L * 20):
    pass
for x, y in zip(L * 20, L * 20):
    pass
print("loops", gc.get_count()[0] - before)
pairs = list(enumerate(L))
print(pairs, pairs[0] is pairs[1])
e = enumerate("xy")
first = next(e)
second = next(e)
print(first, second, first is second)
z = zip("ab", "cd")
a = next(z)
del a
c = next(z)
print(c)
