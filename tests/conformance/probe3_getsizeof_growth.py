# Probing program (issue 13, round 3): sys.getsizeof growth patterns of lists, dicts, sets, strs, ints
import sys
l = []
seen = []
for i in range(70):
    s = sys.getsizeof(l)
    if not seen or seen[-1][1] != s:
        seen.append((i, s))
    l.append(i)
print(seen)
while l:
    l.pop()
    s = sys.getsizeof(l)
    if seen[-1][1] != s:
        seen.append((len(l), s))
print(seen[-12:])
print([sys.getsizeof([0] * n) for n in range(6)], [sys.getsizeof(list(range(n))) for n in range(6)])
print([sys.getsizeof([i for i in range(n)]) for n in range(10)])
l = [1, 2, 3]; l.extend([4]); a = sys.getsizeof(l); l.insert(0, 0); print(a, sys.getsizeof(l))
l = [0] * 10; l += [1]; print(sys.getsizeof(l)); l *= 3; print(sys.getsizeof(l)); del l[2:]; print(sys.getsizeof(l))
d = {}
ds = []
for i in range(50):
    s = sys.getsizeof(d)
    if not ds or ds[-1][1] != s:
        ds.append((i, s))
    d[i] = i
print(ds)
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(dict(a=1)), sys.getsizeof(dict.fromkeys(range(10))))
st = set()
ss = []
for i in range(40):
    s = sys.getsizeof(st)
    if not ss or ss[-1][1] != s:
        ss.append((i, s))
    st.add(i)
print(ss, sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(5))))
print([sys.getsizeof(x) for x in [0, 1, 2**30 - 1, 2**30, 2**60, 2**90, -1, True, 1.0]])
print([sys.getsizeof(x) for x in ["", "a", "ab", "é", "€", chr(0x1F600), "a" * 100]])
print([sys.getsizeof(x) for x in [(), (1,), (1, 2, 3), b"", b"abc", bytearray(), bytearray(b"abc"), None]])
class O:
    pass
class Sl:
    __slots__ = ("a", "b", "c")
print(sys.getsizeof(O()), sys.getsizeof(Sl()), sys.getsizeof(range(5)), sys.getsizeof(slice(1)))
