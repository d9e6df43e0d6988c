# Probing program (issue 13, round 3): slice assignment and deletion corner cases
l = list(range(10))
l[2:5] = []
print(l)
l[1:1] = ["a", "b"]
print(l)
l[::2] = list("XYZWV")
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
l[::-3] = [0, 0, 0]
print(l)
del l[::3]
print(l)
l[100:] = [9]
print(l)
l[-100:2] = ["s"]
print(l)
l[5:2] = ["mid"]
print(l)
l[:] = l
print(l)
l[1:3] = l
print(l, len(l))
m = [1, 2, 3]
m[1:2] = "xyz"
print(m)
try:
    m[0:1] = 5
except TypeError as e:
    print("TypeError", e)
m[::1] = range(3)
print(m)
del m[5:10], m[-1:]
print(m)
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
try:
    b[::2] = b"123"
except ValueError as e:
    print("ValueError", e)
b[::2] = b"1234"
del b[::-2]
print(b)
s = "abcdefgh"
print(s[::-1], s[1:-1:2], s[-3:], s[:-100], s[100:], s[::3], s[7:0:-2])
t = tuple(range(6))
print(t[::-2], t[4:1:-1], t[slice(1, None, 2)], t[slice(None)])
sl = slice(1, 10, 3)
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError", e)
r = range(10)
print(r[2:8:2], r[::-1], r[-2:], list(r[1::3]))
x = [0, 1, 2, 3, 4]
x[1:4:2] = ("a", "b")
print(x)
