import sys
class C:
    pass
class S:
    __slots__ = ("a", "b")
vals = [0, 1, 2 ** 30, 2 ** 60, -(2 ** 100), 1.5, True, None, "", "a", "abc", "é", "€", "\U0001f600", b"", b"ab", bytearray(b"ab"),
        (), (1,), (1, 2, 3), [], [1, 2], {}, {1: 2}, {i: i for i in range(10)}, set(), {1, 2, 3}, frozenset(), range(5), C(), S()]
for v in vals:
    print(type(v).__name__, sys.getsizeof(v))
l = []
sizes = []
for i in range(20):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
d = {}
ds = []
for i in range(12):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
s = set()
ss = []
for i in range(20):
    s.add(i)
    ss.append(sys.getsizeof(s))
print(ss)
print(sys.getsizeof([1] * 10), sys.getsizeof([0 for _ in range(10)]), sys.getsizeof(list(range(10))))
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()), sys.getsizeof(1, 5))
class BadSized:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(BadSized())
except ValueError as e:
    print("ValueError", e)
