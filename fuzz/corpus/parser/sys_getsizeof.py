# sys.getsizeof: positive ints, grows with content (relations only)
import sys
print(type(sys.getsizeof(1)), sys.getsizeof(1) > 0)
print(sys.getsizeof([1, 2, 3, 4, 5, 6, 7, 8]) > sys.getsizeof([]))
print(sys.getsizeof("a" * 1000) > sys.getsizeof("a"))
print(sys.getsizeof((1, 2, 3)) > sys.getsizeof(()))
d = {}
small = sys.getsizeof(d)
for i in range(100):
    d[i] = i
print(sys.getsizeof(d) > small)
class C:
    pass
print(sys.getsizeof(C()) > 0)
