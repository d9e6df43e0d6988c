# iteration through __getitem__ (the old sequence protocol): o[0], o[1], ...
# until IndexError (or StopIteration), for every consumer of an iterable
class S:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
for x in S(3):
    print(x)
print(list(S(4)), tuple(S(2)), 20 in S(4), 25 in S(4), 0 in S(0))
print(sum(S(4)), min(S(4)), max(S(4)), sorted(S(3), reverse=True))
print(list(enumerate(S(3))), list(zip(S(3), S(2))))
a, b, c = S(3)
print(a, b, c)
try:
    a, b = S(3)
except ValueError as e:
    print(e)
print([x + 1 for x in S(3)], {x: x for x in S(2)})
print(", ".join([str(x) for x in S(3)]), dict(zip(S(2), S(2))))
it = iter(S(2))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "s" + str(i)
print(list(Stop()))
class Bad:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("bad")
        return i
try:
    list(Bad())
except KeyError as e:
    print("KeyError", e)
class Both(S):
    def __iter__(self):
        return iter([7, 8])
print(list(Both(5)), 7 in Both(5), 10 in Both(5))
class No:
    pass
for f in [lambda: iter(No()), lambda: 1 in No(), lambda: list(No())]:
    try:
        f()
    except TypeError as e:
        print(e)
l = list(S(1000))
print(len(l), l[-1])
