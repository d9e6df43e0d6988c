# Probing program (issue 13, round 3): laziness of map/filter/zip/enumerate/reversed and iterator exhaustion
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log, list(m))
log.clear()
fl = filter(lambda x: log.append(x) or x % 2, range(6))
print(next(fl), log)
print(list(fl))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
z = zip(noisy(3), noisy(1))
print(list(z))
e = enumerate("xyz", start=10)
print(next(e), list(e))
print(list(enumerate([], 5)), list(zip()), list(map(pow, [2, 3], [3, 2])))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(list(reversed(range(0, 10, 3))), list(reversed("abc")), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    next(iter(5))
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
try:
    map(f)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([*Seq()])), list(map(str, Seq())))
print(any(x > 1 for x in noisy(5)), all(x < 1 for x in noisy(5)))
print(sum(map(int, "123")), max(map(len, ["a", "abc"])), dict(zip("ab", range(2))), sum([], 5))
it = iter([1, 2])
print(iter(it) is it, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
print(type(map(f, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
