class OldSeq:
    def __init__(self, n):
        self.n = n
        self.hits = 0
    def __getitem__(self, i):
        self.hits += 1
        if i >= self.n:
            raise IndexError(i)
        return i * 10

class IterOnly:
    def __iter__(self):
        yield from ["a", "b", "c"]

class WithContains(IterOnly):
    def __contains__(self, x):
        print("contains", x)
        return x == "zz"

s = OldSeq(4)
print(list(s), 20 in s, s.hits, 25 in s, s.hits)
print(sorted(OldSeq(3), reverse=True), sum(OldSeq(5)), max(OldSeq(3)))
it = iter(OldSeq(2))
print(next(it), next(it), next(it, "end"))
print("b" in IterOnly(), "q" in IterOnly())
w = WithContains()
print("a" in w, "zz" in w, "zz" not in w, list(w))
a, b, c = IterOnly()
print(a, b, c, [*IterOnly(), *OldSeq(2)])

class RevLen:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(RevLen())))
class NoRev:
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
try:
    5 in 7
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    "x" in NotIter()
except TypeError as e:
    print("TypeError:", e)
class Contains2:
    def __contains__(self, x):
        return [1] if x else []
print(1 in Contains2(), 0 in Contains2(), 0 not in Contains2())
d = {"k": 1}
print("k" in d, 1 in d, "k" in d.keys(), 1 in d.values(), ("k", 1) in d.items())
print([1, 2] in [[1, 2], 3], "" in "abc", "ac" in "abc", b"b" in b"abc", 98 in b"abc")
try:
    [] in {}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
