# tuples: creation, indexing, slicing, concatenation, comparison
t = (1, "two", 3.0)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
single = (5,)
print(single, len(single), (5))
print(t + single, single * 3, () + ())
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) * 0)
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    print(t[5])
except IndexError as e:
    print("IndexError:", e)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), 2 in t, "two" in t)
