# Probing program (issue 13, round 2): the iterator protocol: custom iterators, iter(callable, sentinel), exhaustion
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), 2 in Countdown(3))
c = Countdown(2)
print(list(c), list(c))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(enumerate(Seq(), 1)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
vals = [3, 2, 1, 0, 5]
def pop_it():
    return vals.pop(0)
print(list(iter(pop_it, 0)), vals)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
e = enumerate("xyz", start=-1)
print(next(e), list(e))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m))
f = filter(lambda v: v % 2, range(7))
print(list(f), list(reversed(range(4))), list(reversed("abc")))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di), list(iter(d.items())))
r = range(10, 0, -3)
print(list(r), r[1], len(r), r.index(4), 7 in r, r[::-1], list(r[::-1]))
print(all([]), any([]), all([1, 0]), any([0, "", None, 3]), list(zip()))
print(sorted(iter({3, 1, 2})), tuple(iter((1, 2))), "".join(iter("abc")))
