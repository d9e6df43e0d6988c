s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
seq = list(range(10))
print(seq[s], seq[slice(None, None, -3)], "abcdef"[slice(2)], (1, 2, 3)[slice(-2, None)])
print(seq[-100:100], seq[8:2], seq[8:2:-2], seq[::-1][:3], seq[5:-5], seq[-3:-1])
t = tuple(seq)
print(t[1:4], t[::4], t[:0], type(t[:]).__name__, t[:] is t, seq[:] is seq)
st = "hello world"
print(st[::2], st[-5:], st[:-6], st[100:], st[::-1], st[3:3] == "", st[-1], st[-len(st)])
b = bytes(range(65, 75))
print(b[2:5], b[::-3], b[0], b[-1:], bytearray(b)[1:3])
r = range(20)
print(r[3:9:2], r[::-5], r[-3:], list(r[5:1:-2]), r[::2][::3])
L = list(range(8))
L[2:5] = []
print(L)
L[:0] = ["start"]
print(L)
L[len(L):] = ["end"]
print(L)
L[1:3] = range(10, 13)
print(L)
L[::3] = ["x"] * len(L[::3])
print(L)
del L[1::2]
print(L)
del L[:]
print(L)
for op in [lambda: seq[1.5], lambda: seq["a":], lambda: seq.__setitem__(slice(0, 4, 2), [1]),
           lambda: "abc"[::0], lambda: (1, 2)[None:None:0], lambda: slice(1, 2, 3)[0],
           lambda: hash(slice(1, 2)), lambda: seq[1:2:1.0]]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Sliceable:
    def __getitem__(self, k):
        return repr(k)
sl = Sliceable()
print(sl[1], sl[1:2], sl[::], sl[1:2, 3], sl[..., 1], sl[:, None])
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice(None, -1)))
class Idx:
    def __index__(self):
        return 2
print(seq[Idx()], seq[Idx():], "abcdef"[:Idx()], [0, 1, 2, 3][Idx()::Idx()])
