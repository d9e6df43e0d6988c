# slice assignment and deletion corners
a = list(range(10))
a[2:5] = ['x']
print(a)
a[1:1] = [7, 8]
print(a)
a[::3] = ['A', 'B', 'C', 'D']
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError", e)
b = [1, 2, 3, 4]
b[:] = b
print(b)
b[1:3] = b
print(b)
del b[::2]
print(b)
del b[10:20]
print(b)
c = list(range(8))
c[::-2] = 'abcd'
print(c)
c[5:2] = ['ins']
print(c)
c[-2:] = []
print(c)
print(list(range(10))[-3:], list(range(10))[:-7:-2], list(range(10))[100:], 'hello'[::-1], (1, 2, 3)[::2])
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3))
try:
    slice(0, 5, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    'abc'[1] = 'x'
except TypeError as e:
    print("TypeError", e)
try:
    [1]['a']
except TypeError as e:
    print("TypeError", e)
try:
    [1][1.5:2]
except TypeError as e:
    print("TypeError", e)
d = [0] * 5
d[1:4:2] = iter([8, 9])
print(d)
ba = bytearray(b'hello')
ba[1:3] = b'EL'
ba[::2] = b'xyz'
print(ba)
