from collections import deque
d = deque(range(5), maxlen=5)
d.append(5)
print(d, d.maxlen)
d.appendleft(-1)
print(d)
d.rotate(2)
print(d)
d.rotate(-7)
print(d)
d.extend([10, 11])
d.extendleft([20, 21])
print(d)
print(d.index(10) if 10 in d else "gone", d.count(21), len(d))
try:
    d.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
e = deque([1, 2, 3])
e.insert(1, 9)
e.remove(2)
e.reverse()
print(e, e[0], e[-1], e * 2, e + deque([7]), 9 in e)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e2:
    print("IndexError", e2)
try:
    deque(maxlen=-1)
except ValueError as e3:
    print("ValueError", e3)
z = deque(maxlen=0)
z.append(1)
print(z, len(z))
del e[0]
e[0] = 100
print(e, e.copy(), deque("abc") == deque("abc"), deque([1]) < deque([2]))
try:
    e[10]
except IndexError as e4:
    print("IndexError", e4)
try:
    e[1:2]
except TypeError as e5:
    print("TypeError", e5)
it = iter(e)
e.append(1)
try:
    next(it)
except RuntimeError as e6:
    print("RuntimeError", e6)
e.clear()
print(e, bool(e), repr(deque([1], 3)))
