l = [3, 1, 2]
print(l * -1, l * 0, [l] * 2, l + [], l.copy() is l, l[:] == l)
l2 = [[]] * 3
l2[0].append(1)
print(l2)
l.extend(range(2))
l.extend("ab")
l += (9,)
print(l)
l.insert(100, "end")
l.insert(-100, "start")
l.insert(-1, "before-end")
print(l)
print(l.index(1), l.index(1, 3) if 1 in l[3:] else "-", l.count("a"))
try:
    l.index(1, 5, 6)
except ValueError as e:
    print(e)
print(l.pop(0), l.pop(-1), l.pop(2))
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    l[100]
except IndexError as e:
    print(e)
try:
    l[100] = 1
except IndexError as e:
    print(e)
try:
    del l[100]
except IndexError as e:
    print(e)
l.reverse()
print(l, list(reversed(l)) == l[::-1])
a = [1, 2]
a.append(a)
print(a, a == a, str(a))
nested = [1, [2, [3, [4]]]]
print(nested, [1, 2] < [1, 2, 0], [2] > [1, 9], [1, "a"] == [1, "a"], [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].count(nan), [nan].index(nan))
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x is y)
print(list(range(5))[::-2], [i * j for i in range(3) for j in range(i)], [*range(3), *"ab"])
z = list("hello")
z.remove("l")
del z[-1:]
print(z, z.clear(), z)
print(sum([[1], [2]], []), max([[1, 2], [3]]), sorted([[3], [1, 2]]), [1, 2, 3][-2:], [] or [0])
