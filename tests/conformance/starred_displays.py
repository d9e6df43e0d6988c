# starred items in list, tuple and set displays (*x), and how big each list is (sys.getsizeof as CPython 3.11: constant displays, list(x) exact and rounded to even, length-hint guesses cut back)
import sys
a = [1, 2]
s = 'xy'
print([*a, 3], [0, *a, *s], (*a,), (*a, *range(2)), {*a, 3}, sorted({*s}), sorted({*a, *s, *()}, key=str))
t = 1, *a
print(t)
for x in *a, 5:
    print(x)
def f():
    return *a, 9
print(f(), [*{1: 2}], {*[]}, type({*[]}))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([*range(3)]), sys.getsizeof([*a, *a]), sys.getsizeof(['a', 'b', 'c']))
g = sys.getsizeof
a = []
a.extend((1, 2, 3))
b = []
b.extend([1, 2, 3, 4, 5])
c = [0]
c.extend((1, 2, 3))
x = 1
print(g([1, 2, 3]), g([x, x, x]), g([x]), g([x, x]), g([1, 2, 3, 4, 5]), g(list((1, 2, 3))), g(list([1] * 5)), g(list(range(11))), g(list(range(10))), g(list({1: 2, 3: 4, 5: 6})), g(list('abc')), g(a), g(b), g(c), g(list(x for x in range(3))), g(sorted((3, 1, 2))), g([i for i in range(3)]), g(list(set([1, 2, 3]))))
print([g(list(x for x in range(n))) for n in range(12)])
print([g(list(range(n))) for n in range(12)])
print([g(list(tuple(range(n)))) for n in range(12)])
