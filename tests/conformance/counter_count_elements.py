# Counter.update counts an iterable through _collections._count_elements
# (CPython's C loop): dict's get/__setitem__ read directly, a class's own
# __setitem__ or get honoured, errors and the bare function on a dict.
from collections import Counter
class C2(Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
c = Counter("abracadabra"); print(c, c.most_common(2))
c2 = C2("abca"); print(c2)
class C3(Counter):
    def get(self, k, d=None):
        return 10
print(C3("aab"))
del c["zz"]; del c["a"]; print(c)
try:
    Counter([[1]])
except TypeError as e:
    print(e)
c.update("xyz", q=3); print(c)
import _collections
try:
    _collections._count_elements(c)
except TypeError as e:
    print(e)
d = {}
_collections._count_elements(d, "hello"); print(d)
class V:
    def __init__(self, n): self.n = n
    def __add__(self, o): return V(self.n + o)
    def __repr__(self): return "V(%d)" % self.n
c4 = Counter()
c4["a"] = V(5); c4["b"] = 2**70; c4["c"] = 1.5
c4.update("aabbcd")   # counts that are not small ints
print(c4)
big = Counter(range(5)); big.update(range(3)); print(big)
