l = list(range(10))
l[2:5] = "ab"
print(l)
l[::3] = [0, 0, 0]
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
l[5:2] = [99]
print(l)
l[-100:1] = []
print(l)
l[100:] = [7, 8]
print(l)
del l[::-2]
print(l)
l[:] = l
print(l)
l[1:1] = l
print(l)
try:
    l[0:1] = 5
except TypeError as e:
    print(e)
t = [1, 2, 3, 4, 5, 6]
t[1::2] = (10, 20, 30)
print(t)
t[::-1] = range(6)
print(t)
del t[1:-1:3]
print(t)
print(t[::-1], t[-1:-100:-1], t[100:], t[:-100], t[3:1], t[::100])
try:
    t[::0]
except ValueError as e:
    print(e)
s = slice(1, None, 2)
print(t[s], s.indices(10), slice(-5, 50).indices(7), slice(None, None, -1).indices(4))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
print(repr(slice(1)), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
ba = bytearray(b"abcdef")
ba[1:3] = b""
ba[::2] = b"XY"
print(ba)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(e)
