print(list(enumerate(["a", "b"], start=-1)), list(zip()), list(zip([1, 2, 3], "ab")))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x > 1, (1, 2, 3))))
calls = []
def t(v):
    calls.append(v)
    return v
print(any(t(x) for x in [0, 0, 3, 4]), calls)
calls.clear()
print(all(t(x) for x in [1, 2, 0, 4]), calls)
print(any([]), all([]), any(iter([0.0, ""])), all("abc"))
class Rev:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(reversed(Rev(4))), list(Rev(3)), 4 in Rev(3), 9 in Rev(2))
class R2:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(R2())), list(reversed(range(1, 10, 3))), list(reversed((1, 2))))
vals = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(vals), None)), list(vals))
n = [0]
def tick():
    n[0] += 1
    return n[0]
print(list(iter(tick, 4)))
for op in [lambda: reversed(5), lambda: iter(5), lambda: next(iter([])), lambda: zip(1),
           lambda: map(1, [1]).__next__(), lambda: enumerate(1), lambda: iter(1, 2),
           lambda: reversed(object()), lambda: next(5), lambda: list(filter(1, [1]))]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(next(iter([]), "dflt"), next(iter("a"), "d"))
it = iter(range(5))
print(next(it), list(zip(it, it)), list(it))
z = zip("abc", range(10))
print(next(z), list(z))
e = enumerate("xyz")
print(next(e), next(e), type(e).__name__, type(z).__name__, type(reversed([])).__name__)
print(sum(range(101)), sum([[1], [2]], []), sum((0.5, 0.25), 1), sum(x for x in range(4)))
print(type(iter({})).__name__, type(iter(set())).__name__, type(iter("")).__name__, type(iter(range(0))).__name__)
print(divmod(17, 5), abs(-3), pow(2, 5), round(-2.5), chr(9731) == "\u2603", ord("é"))
print(isinstance(3, (str, (float, int))), isinstance("a", ()), issubclass(bool, (int,)))
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
