# reversed() as CPython 3.11 decides it: __reversed__ first (None means not
# reversible), then the sequence protocol (__len__ and __getitem__) walked
# from the end by a lazy "reversed" object, a GC container.
import gc


class Own:
    def __reversed__(self):
        return iter(["c", "b", "a"])


class Seq:
    def __init__(self, n):
        self.n = n
        self.calls = []

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        self.calls.append(i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


class NotRev:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


print(list(reversed(Own())))
s = Seq(3)
r = reversed(s)
print(type(r).__name__, s.calls)          # lazy: nothing fetched yet
print(next(r), s.calls)
print(list(r), s.calls, list(r))
s5 = Seq(5)
print(list(reversed(s5)), s5.calls)        # index 4 raises IndexError: stop
print(list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(4))))
print(type(reversed((1,))).__name__, type(reversed("x")).__name__, type(reversed([1])).__name__)
print(list(reversed({"x": 1, "y": 2, "z": 3})))
lst = [1, 2, 3]
it = reversed(lst)
print(next(it))
lst.append(4)
print(list(it))
print(gc.is_tracked(reversed((1, 2))), gc.is_tracked(reversed(Seq(1))))
for bad in ({1, 2}, 5, NotRev(), (x for x in "ab"), None):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    reversed([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(seq=[1])
except TypeError as e:
    print("TypeError:", e)


class NoLen:
    def __getitem__(self, i):
        return i


try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)


# a reversed object in a cycle through its sequence is collected
class Holder(Seq):
    pass


h = Holder(2)
h.rev = reversed(h)
gc.collect()
del h
print(gc.collect() > 0)
