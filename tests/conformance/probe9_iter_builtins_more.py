calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(list(enumerate("ab", start=-2)), list(enumerate([], 5)))
try:
    enumerate("a", "b")
except TypeError as e:
    print(e)
print(list(zip()), list(zip("ab")), list(zip("abc", range(2))))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", "bc", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", "b", "cd", strict=True))
except ValueError as e:
    print(e)
print(list(map(lambda a, b: a + b, "ab", "xyz")), list(map(str, [])), list(filter(None, [0, 1, [], [2]])))
try:
    map(len)
except TypeError as e:
    print(e)
try:
    filter(len)
except TypeError as e:
    print(e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), list(reversed(range(0))), list(reversed("ab")))
try:
    reversed({1})
except TypeError as e:
    print(e)
try:
    reversed(iter([]))
except TypeError as e:
    print(e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), list(iter(Seq())))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all("abc"), any(iter([0, 0])))
it = iter([1, 2, 3])
print(2 in it, list(it))
print(next(iter([]), "default"), sum(range(5), 10), sum([0.1] * 10), sum([], start=[]))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args, e.value)
g = (x * x for x in range(3))
print(list(g), list(g), type(g).__name__)
print(sorted(set(map(abs, [-1, 1, -2]))), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(min([3, 1], key=lambda x: -x), max("a", "bb", key=len), min([], default=None), max([1, 1.0]), max([1.0, 1]))
