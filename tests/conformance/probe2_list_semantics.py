# Probing program (issue 13, round 2): list slicing assignment, aliasing, in-place vs new, errors
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["x"]
print(a)
a[::2] = [9, 9, 9]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
del a[::3]
print(a)
a[len(a):] = [7, 8]
a[:0] = ["start"]
print(a)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
b = [1, 2]
c = b
b += [3]
print(c, b is c)
b = b + [4]
print(c, b is c)
print([1, 2, 3].index(2), [1, 2, 3, 2].index(2, 2), [3, 1].count(1))
try:
    [1].index(5)
except ValueError as e:
    print("ValueError", e)
l = [1, 2, 3]
l.insert(-1, "m")
l.insert(100, "end")
l.insert(-100, "front")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
l.remove("end") if "end" in l else l.remove(l[0])
print(l, [1, 2] * 0, [None] * 3, 2 * [0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1] == [1.0])
n = [3, 1, 2]
print(n.sort(), n, sorted(n, reverse=True), n.reverse(), n)
m = list(range(5))
m[1:4] = []
print(m, m.copy() is m, m[:] == m)
x = [1, 2, 3]
x.extend(x)
print(x)
x[1:1] = x[:2]
print(x, len(x))
try:
    x[10]
except IndexError as e:
    print("IndexError", e)
try:
    x["a"]
except TypeError as e:
    print("TypeError", e)
print(x[-1], x[-len(x)], list("ab") + list((1,)))
r = [[]] * 3
r[0].append(1)
print(r, [[] for _ in range(3)])
print(repr([1, [2, [3, []]]]), [0.1, 1e100, -0.0])
