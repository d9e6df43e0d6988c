# Probing program (issue 13, round 3): iteration protocol corners: __iter__ returning non-iterators, exhaustion, unpacking
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
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return self.i
a, b, c = Count(3)
print(a, b, c)
for n in (2, 4):
    try:
        a, b, c = Count(n)
    except ValueError as e:
        print("ValueError", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError", e)
first, *rest = Count(4)
print(first, rest)
try:
    p, q, *r = Count(1)
except ValueError as e:
    print("ValueError", e)
print(list(Count(3)), sum(Count(4)), sorted(Count(3), reverse=True), 2 in Count(3), 9 in Count(3))
c = Count(5)
for v in c:
    if v == 2:
        break
print(list(c))
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return chr(97 + i)
print(list(GetItemOnly()), "".join(GetItemOnly()), "b" in GetItemOnly())
class LenNoIter:
    def __len__(self):
        return 3
try:
    iter(LenNoIter())
except TypeError as e:
    print("TypeError", e)
class Sentinel:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Sentinel(), 4)))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError", e)
class Contains:
    def __contains__(self, x):
        return x == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class ContainsOdd:
    def __contains__(self, x):
        return 42
print(1 in ContainsOdd())
d = dict(a=1)
k, = d
print(k)
(x, y), z = "ab", 3
print(x, y, z)
[m, [n, o]] = [1, (2, 3)]
print(m, n, o)
