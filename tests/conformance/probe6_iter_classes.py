# Iterator classes: a paginator, iter() of objects, exhausted iterators,
# reversed with __reversed__, enumerate/zip/map/filter over them.


class Pages:
    def __init__(self, items, size):
        self.items, self.size = items, size

    def __iter__(self):
        return PageIter(self)

    def __len__(self):
        return -(-len(self.items) // self.size)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self.items[i * self.size:(i + 1) * self.size]


class PageIter:
    def __init__(self, pages):
        self.pages, self.i = pages, 0

    def __iter__(self):
        return self

    def __next__(self):
        start = self.i * self.pages.size
        if start >= len(self.pages.items):
            raise StopIteration
        self.i += 1
        return self.pages.items[start:start + self.pages.size]


p = Pages(list(range(7)), 3)
print(list(p), len(p), list(reversed(p)))
it = iter(p)
print(next(it), next(it), next(it), next(it, 'done'), next(it, 'still done'))
print(list(enumerate(p, 1)), list(zip(p, 'ab')), list(map(sum, p)), list(filter(lambda pg: len(pg) == 3, p)))
print(sorted(p, key=sum, reverse=True), max(p, key=len), min(p), [x for pg in p for x in pg if x % 3 == 0])
print(sum(p, []), any(7 in pg for pg in p), all(p), 6 in [x for pg in p for x in pg])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i


print(list(Countdown(3)), 2 in Countdown(3), list(reversed([1, 2])), tuple(iter(Countdown(2))))


class NotIter:
    pass


for bad in [lambda: iter(NotIter()), lambda: next(NotIter()), lambda: reversed(NotIter()), lambda: list(5),
            lambda: reversed(p.__iter__()), lambda: len(iter([]))]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
r = reversed(range(3))
print(type(r).__name__, list(r), list(r), type(iter([])).__name__, type(iter({})).__name__, type(iter(())).__name__)
m = map(str, [1, 2])
print(next(m), list(m), list(zip()), list(zip([1, 2], [3])), list(map(lambda a, b: a - b, [5, 6], [1])))
