# starred assignment targets: a, *b = ...; *a, b; in the middle; nested; as for and comprehension targets; CPython's errors
import sys
a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 'xy'
print(a, b, c)
[a, *b] = iter([7])
print(a, b, type(b))
for x, *rest in [(1, 2, 3), (4,), 'ab']:
    print(x, rest)
(a, *b), c = (1, 2), 3
print(a, b, c)
first, *_ = {10: 1}
print(first)
def f():
    h, *t = [1, 2, 3, 4, 5]
    return t
print(f(), [t for h, *t in [[1, 2], [3]]])
for src in [[], [1], (1,), iter([1])]:
    try:
        a, *b, c = src
    except ValueError as e:
        print(e)
try:
    a, *b = 5
except TypeError as e:
    print(e)
