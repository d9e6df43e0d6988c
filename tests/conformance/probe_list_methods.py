# Probing program (issue 13): list methods, slice assignment and errors
l = [3, 1, 2]
l.insert(-1, 9); print(l)
l.insert(100, 7); print(l)
l.insert(-100, 0); print(l)
print(l.pop(0), l.pop(-1), l)
print(l.index(2), l.count(9))
l.extend(range(3)); print(l)
l[1:3] = "ab"; print(l)
del l[::2]; print(l)
l2 = [1, 2, 3, 4, 5]
try:
    l2[::2] = [1]
except ValueError as e:
    print("VE", e)
l2[::-1] = l2[:]; print(l2)
print(l2 * 0, [0] * 3, l2[10:], l2[-100:2])
try:
    l2.pop(10)
except IndexError as e:
    print("IE", e)
try:
    [].index(1)
except ValueError as e:
    print("VE", e)
a = [1, 2]
a += (3,)
print(a)
try:
    a = a + (4,)
except TypeError as e:
    print("TE", e)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == ())
l3 = [1, 2, 3]
l3.reverse(); print(l3, l3.copy() is l3)
l3.clear(); print(l3)
print(list(reversed([1, 2, 3])), [x for x in [1, 2, 3] if x != 2])
