# gc.get_count() around print() when the list free list is not empty:
# CPython 3.11's sys.stdout (a TextIOWrapper) keeps a print's second
# piece and later ones in a list until it flushes, and that list is
# PyList_New(2)'s -- taken from the free list, given back to it -- so
# prints between collections move gen 0's count by nothing.  (Right
# after a full collection the free lists are empty: gc_print_count.)
import gc

c = gc.get_count()[0]
print()
c1 = gc.get_count()[0]
print()
c2 = gc.get_count()[0]
print('a', 'b')
c3 = gc.get_count()[0]
print('a', 'b', sep='-')
c4 = gc.get_count()[0]
print(c1 - c, c2 - c1, c3 - c2, c4 - c3)
x = [[] for i in range(3)]
del x
c = gc.get_count()[0]
for i in range(5):
    print(i, i)
print(gc.get_count()[0] - c)
