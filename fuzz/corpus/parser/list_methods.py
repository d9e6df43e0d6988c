# list methods in the subset
l = [3, 1, 2]
l.append(4)
print(l)
print(l.pop(), l, l.pop(0), l)
l.insert(0, 9)
l.insert(100, 7)
l.insert(-1, 8)
print(l)
l.extend([5, 6])
l.extend((0,))
print(l, l.index(5), l.index(9))
l.sort()
print(l)
l.reverse()
print(l)
l.clear()
print(l, len(l))
try:
    l.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
m = [1, 2, 3]
print(m.append(4), m.sort(), m.reverse(), m)
