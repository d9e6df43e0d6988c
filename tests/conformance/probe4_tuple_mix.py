t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t[2:5], t[::-1][:2], max(t), sorted(t)[:3])
print(t + (7,), (0,) * 3, () + (), (1,) * 0, t < (3, 1, 5), (1, 2) == (1, 2.0), (1, [2]) != (1, [3]))
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
nested = ((1, 2), (3, (4, 5)))
(w, x), (y, (z, v)) = nested
print(w, x, y, z, v)
print(tuple("abc"), tuple(range(3)), tuple({"k": 1}), tuple(), tuple([1, [2]]))
print((1,), (1), ((),), (()), type(()).__name__, type((1,)).__name__)
print([(i, c) for i, c in enumerate(("x", "y"))], dict([("a", 1), ("b", 2)]))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), min(pairs), max(pairs, key=lambda p: (p[0], p[1])))
print(tuple(x * 2 for x in t if x > 3), sum(t), any(x > 8 for x in t), all(t))
mixed = (1, "a", None)
try:
    sorted(mixed)
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 2, "a"), (2,) > (1, "x"), (None, 1) == (None, 1))
first, *_ = t
*_, last = t
print(first, last, _)
print(hash((1, (2, 3))) == hash((1, (2, 3))), len({(1, 2), (1, 2), (2, 1)}))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r).__name__, r[-1], *r, sep=" | ")
print(tuple.__len__(t), t.__getitem__(-1), t.__contains__(9), t.__add__((0,))[-1], (1, 2).__mul__(2))
