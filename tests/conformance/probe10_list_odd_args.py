l = [3, 1, 2]
print(l.index(2), l.index(1, -2), l.count(4))
for args in [(5,), (1, 5), (1, 0, 1)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    l.index()
except TypeError as e:
    print("TypeError", e)
l.insert(-100, 0); l.insert(100, 9); l.insert(-1, 8)
print(l)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    l.remove(77)
except ValueError as e:
    print("ValueError", e)
l.sort(key=lambda x: -x)
print(l)
l.sort(reverse=True)
print(l)
try:
    l.sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
m = [1, 2]
m.extend(m)
print(m, m * 0, m * -1, [[]] * 2)
m[1:3] = []
print(m)
m += (7,)
m += "ab"
print(m)
try:
    m + (1,)
except TypeError as e:
    print("TypeError", e)
print(m.copy() is m, m.clear(), m)
x = [1, 2, 3]
x[len(x):] = [4]
x[:0] = [0]
del x[::2]
print(x)
try:
    x[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
