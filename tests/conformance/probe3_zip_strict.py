# Probing program (issue 13, round 3): zip(strict=True)
def gen(n):
    for i in range(n):
        print("gen yields", i)
        yield i
for a in [([1], [1, 2]), ([1, 2], [1]), ([1], [1], [1, 2]), ([1, 2], [1], [1]), ([1], [1, 2], [1]), ([], []), ([1], [1]), (gen(2), gen(1), gen(3))]:
    try:
        print(list(zip(*a, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip(strict=False)), list(zip([1], [1, 2], strict=False)), list(zip([1, 2], "ab", strict=1)))
for kw in [{"strict": True, "x": 1}, {"bogus": 1}]:
    try:
        zip([1], **kw)
    except TypeError as e:
        print("TypeError", e)
z = zip([1, 2], [3], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError", e)
