words = ["pear", "Fig", "apple", "kiwi", "banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=str.lower, reverse=True))
print(max(words, key=len), min(words, key=len), max(words), min(words, key=str.lower))
print(max([], default="none"), min((), default=0), max([3], default=9), max(1, 2, 3, key=lambda x: -x))
for op in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, 2, default=0),
           lambda: min([1, "a"]), lambda: sorted([None, 1]), lambda: max(key=len),
           lambda: min([1], key=5), lambda: sorted(1), lambda: max([1, 2], bogus=1)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
recs = [("bob", 30, 5.5), ("amy", 25, 6.1), ("cal", 30, 5.9), ("dee", 25, 5.5)]
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print(sorted(recs, key=lambda r: r[2]))
by_age = sorted(sorted(recs, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print([r[0] for r in by_age])
print(max(recs, key=lambda r: r[2])[0], min(recs, key=lambda r: (r[2], r[0]))[0])
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d), sorted(d, key=d.get), max(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1]))
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([3, 1, 2], key=key), calls)
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return self.s
vs = [Ver(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.9.9"]]
print(sorted(vs), max(vs), min(vs))
try:
    print(Ver("1") > Ver("2"), Ver("1") <= Ver("2"))
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello world"), sorted((3, 1, 2), reverse=True), sorted({3: 0, 1: 0}))
print(sorted([1, True, 0, False, 1.0]), sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]))
mixed = [3, -1.5, 2 ** 70, 0, -2 ** 65]
print(sorted(mixed), max(mixed), min(mixed, key=abs))
L = [5, 3, 1]
print(L.sort() is None, L, sorted(L) is L)
