from collections import deque

d = deque([1, 2, 3], maxlen=5)
print(d, d.maxlen)
d.extend([4, 5, 6])
print(d)
d.appendleft(0)
print(d, len(d))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.pop(), d.popleft(), d)
print(d.count(3), d.index(4), 3 in d, 9 in d)
try:
    d.index(99)
except ValueError as e:
    print("ValueError:", e)
e = deque()
try:
    e.pop()
except IndexError as ex:
    print("IndexError:", ex)
try:
    e.popleft()
except IndexError as ex:
    print("IndexError:", ex)
print(deque("abc") == deque(["a", "b", "c"]), deque([1, 2]) < deque([1, 3]))
f = deque(range(4))
f += [9]
print(f, f * 2, deque([1]) + deque([2]))
f.remove(9)
print(f, f[0], f[-1])
f[1] = "x"
del f[0]
print(f, list(reversed(f)))
f.reverse()
print(f)
g = f.copy()
g.clear()
print(g, f, bool(g), bool(f))
try:
    f.remove("nope")
except ValueError as ex:
    print("ValueError:", ex)
window = deque(maxlen=3)
sums = []
for i in range(7):
    window.append(i * i)
    sums.append(sum(window))
print(sums, window)
print(repr(deque([deque([1])])), deque([], maxlen=0))
try:
    deque([1], maxlen=-1)
except ValueError as ex:
    print("ValueError:", ex)
try:
    hash(deque())
except TypeError as ex:
    print("TypeError:", ex)
h = deque([3, 1, 2])
print(sorted(h), max(h), h.extendleft([7, 8]) or h)
