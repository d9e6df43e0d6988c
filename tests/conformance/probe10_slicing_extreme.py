import sys
l = list(range(10))
s = "abcdefghij"
t = tuple(l)
for sl in [slice(None, None, -1), slice(None, None, sys.maxsize), slice(None, None, -sys.maxsize), slice(-100, 100, 3),
           slice(100, -100, -3), slice(5, 5), slice(8, 2, -2), slice(-1, -11, -1), slice(-1, -12, -1), slice(2, None, -1),
           slice(10 ** 30, None, -1), slice(None, -10 ** 30, -1), slice(-3, None), slice(None, 3, -1)]:
    print(sl, l[sl], s[sl], t[sl])
try:
    l[::0]
except ValueError as e:
    print("ValueError", e)
print(slice(1, 2, 3).indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(7), slice(3).indices(2))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError", e)
print(range(10)[::-3], range(10)[2:8:2], range(0, 20, 3)[-2:], list(range(10)[::-3]), range(5)[10:], bytes(range(6))[::-2])
m = list(range(8))
m[::3] = "abc"
print(m)
m[1:3] = range(5)
print(m)
m[::-1] = m
print(m)
del m[::-2]
print(m)
sl = slice(1, 5, 2)
print(sl.start, sl.stop, sl.step, sl == slice(1, 5, 2), slice(1) == slice(None, 1))
try:
    hash(sl)
    print("hashable")
except TypeError as e:
    print("TypeError", e)
class G:
    def __getitem__(self, k):
        return k
print(G()[1:2], G()[::], G()[1:2, 3], G()[...], G()[:, None])
