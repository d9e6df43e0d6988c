# sorted/min/max with key and default; enumerate/zip/reversed/map/filter.
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), min(words), max(words, key=len), min(words, key=len))
print(min([], default="empty"), max((), default=None), min([3, 1, 2], default=0), max(3, 1, 2, key=lambda v: -v))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1], [2], default=0), lambda: sorted([1, "a"])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(list(enumerate("abc", start=10)), list(enumerate([])), next(enumerate("z", -1)))
print(list(zip("abc", range(10), [True, False])), list(zip()), list(zip("ab")))
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("a", "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed([1, 2, 3])), list(reversed(range(0, 10, 3))), "".join(reversed("abc")), list(reversed({"a": 1, "b": 2})))
print(list(map(pow, [2, 3], [5, 2, 9])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(filter(lambda v: v % 3 == 0, range(10))), sum(range(101)), sum([0.1] * 10), sum([[1], [2]], []))
print(any([]), all([]), any(x > 3 for x in range(5)), all(map(str.isdigit, "123")))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(it))
e = enumerate("xy")
print(type(e).__name__, type(zip()).__name__, type(reversed([])).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
data = [("a", 3), ("b", 1), ("c", 3), ("d", 2)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]), sorted("hello"), sorted(b"hello"))
print(divmod(17, 5), abs(-3.5), pow(3, 4, 5), round(3.14159, 3), chr(8364), ord("€"), hex(-255), oct(8), bin(-5))
print(list(range(10, 0, -3)), range(10)[2:8:2], range(10)[-1], len(range(0, 100, 7)), 49 in range(0, 100, 7))
