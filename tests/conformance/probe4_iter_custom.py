class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
cd = Countdown(3)
print(list(cd), list(cd), sum(cd), max(cd), sorted(cd), 2 in cd, tuple(cd))
sq = Squares(4)
print(list(sq), list(sq), next(sq, "done"))
a, b, *rest = Squares(5)
print(a, b, rest)
first, *middle, last = "abcdef"
print(first, middle, last)
*init, tail = [1]
print(init, tail)
try:
    x, y = Squares(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
try:
    m, *n, o = [1]
except ValueError as e:
    print("ValueError:", e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(97 + i)
print(list(OnlyGetitem()), "b" in OnlyGetitem(), dict(enumerate(OnlyGetitem())))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    pass
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
d = {"a": 1, "b": 2}
ki = iter(d.items())
print(next(ki), type(ki).__name__, list(ki))
print([(i, j) for i in range(3) for j in range(i)], {k: v for k, v in zip("ab", "cd")})
print(list(map(next, [iter("xy"), iter("z")])), [*range(3), *"ab"], (*[1], 2))
r = range(10, 0, -3)
print(list(r), len(r), r[1], r[-1], 4 in r, r.index(7), r.count(1), r[1:3], repr(r))
print(range(5) == range(0, 5), range(0) == range(2, 2), hash(range(3)) == hash(range(0, 3, 1)))
