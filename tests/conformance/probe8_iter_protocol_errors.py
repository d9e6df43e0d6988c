class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError", e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError", e)
class OnlyNext:
    def __next__(self):
        return 1
try:
    iter(OnlyNext())
except TypeError as e:
    print("TypeError", e)
try:
    next(OnlyNext.__new__(OnlyNext)) and print("next works without __iter__")
except TypeError as e:
    print("TypeError", e)
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("finished")
        self.n -= 1
        return self.n
c = Count(3)
print(list(c), list(c), next(c, "exhausted"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)
class Revived:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.calls % 3 == 0:
            raise StopIteration
        return self.calls
r = Revived()
print(list(r), list(r), list(r))
li = iter([1, 2])
print(list(li), list(li))
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
print(list(it))
lst.extend([4, 5, 6])
print(list(it))
s = {1, 2}
try:
    for v in s:
        s.add(99)
except RuntimeError as e:
    print("RuntimeError", e)
unpack_src = Count(2)
a, b = unpack_src
print(a, b)
try:
    x, y, z = Count(2)
except ValueError as e:
    print("ValueError", e)
try:
    x, = Count(2)
except ValueError as e:
    print("ValueError", e)
first, *rest = Count(4)
print(first, rest)
print(*Count(3), sep="-")
print(sorted(Count(4)), tuple(Count(2)), set(Count(3)) == {0, 1, 2}, dict.fromkeys(Count(2)))
print(max(Count(5)), min(Count(5)), sum(Count(5)), " ".join(map(str, Count(3))))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return "item%d" % i
print(list(GetItemOnly()), list(enumerate(GetItemOnly())), "item1" in GetItemOnly())
g = iter(GetItemOnly())
print(type(g).__name__, next(g), list(g))
class StopInGetItem:
    def __getitem__(self, i):
        if i == 1:
            raise StopIteration
        return i
print(list(StopInGetItem()))
