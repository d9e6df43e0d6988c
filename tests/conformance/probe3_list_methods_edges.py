# Probing program (issue 13, round 3): list methods at their edges
l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, -2), l.count(2), l.count(9))
for args in [(9,), (2, 4), (1, 1, 3)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print("ValueError", e)
l.insert(100, "end"); l.insert(-100, "start"); l.insert(-1, "before-end")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].pop("x")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
l = [3, 1, 2]
l.extend(range(2)); l.extend("ab"); l.extend((9,)); l += {7: 0}
print(l)
try:
    l.extend(5)
except TypeError as e:
    print("TypeError", e)
try:
    l += 5
except TypeError as e:
    print("TypeError", e)
try:
    l + (1,)
except TypeError as e:
    print("TypeError", e)
l2 = l.copy(); l2.clear(); print(l2, len(l))
l.reverse(); print(l)
a = [[0]] * 3; a[0].append(1); print(a)
print([1, 2] * 0, [1] * -1, [] * 5, [0] * 3 == [0, 0, 0])
x = [1, 2, 3]
x *= 2; print(x)
x[1:5] = []; print(x)
print(list(range(5))[-1:-4:-1], [1, 2, 3][5:], list("ab") + list("cd"))
n = [1, 2]
n.append(n)
print(n, n[2][2][0], n == n)
m = [n]
print(m)
del n[2]
print(n, m)
big = list(range(10))
del big[1], big[2]
print(big)
try:
    del big[100]
except IndexError as e:
    print("IndexError", e)
try:
    big[100] = 1
except IndexError as e:
    print("IndexError", e)
try:
    big["x"]
except TypeError as e:
    print("TypeError", e)
print(big.__len__(), big.__contains__(5), big.__getitem__(-1), list.__len__([1]), [1, 2].__add__([3]))
print(list.__mul__([1], 2), [1].__rmul__(3))
