import bisect
from collections import deque

log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return "K%d" % self.v

ks = [K(i) for i in range(0, 20, 2)]
for f in (bisect.bisect_left, bisect.bisect_right):
    log.clear()
    print(f.__name__, f(ks, K(7)), f(ks, K(8)), log)
print(bisect.bisect((1, 3, 5), 3), bisect.bisect_left("acegi", "f"), bisect.bisect(deque([1, 2, 4]), 3), bisect.bisect(range(0, 100, 10), 35))
class Seq:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        log.append(i)
        return i * 10
log.clear()
print(bisect.bisect_left(Seq(), 25), log)
class LL(list):
    def insert(self, i, x):
        log.append(("insert", i, x))
        list.insert(self, i, x)
log.clear()
ll = LL([1, 5])
bisect.insort(ll, 3)
bisect.insort_left(a=ll, x=0)
print(ll, log)
recs = [("a", 1), ("b", 3), ("c", 5)]
bisect.insort(recs, ("z", 3), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 3), key=lambda r: r[1])
print(recs, bisect.bisect(recs, 3, key=lambda r: r[1]), bisect.bisect_left(recs, 3, 1, 3, key=lambda r: r[1]))
print(bisect.bisect([1, 2, 3], 2, hi=-1), bisect.bisect([1, 2, 3], 2, 0, -1), bisect.bisect([1, 2, 3], 2, 5))
class Idx:
    def __index__(self):
        return 1
print(bisect.bisect_left([0, 1, 2, 3], 0, Idx()), bisect.bisect_left([0, 1, 2, 3], 9, hi=Idx()))
try:
    bisect.bisect([1, 2], 1, hi=2.0)
except TypeError as e:
    print(e)
try:
    bisect.bisect({1: 2}, 1)
except (TypeError, KeyError) as e:
    print(type(e).__name__, e)
try:
    bisect.insort((1, 2), 3)
except AttributeError as e:
    print(e)
try:
    bisect.bisect_right([1, 2], 1, key=5)
except TypeError as e:
    print(e)
print(type(bisect.bisect).__name__, bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
