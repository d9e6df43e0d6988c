import sys
def same(a, b):
    return a is b
print(same(int("5"), 5), same(int("256"), 256), same(int("257"), int("257")), same(int("-5"), -5), same(int("-6"), int("-6")))
print(same(2 ** 8, 256), same(2 ** 9, 512), same(-1 * 5, -5), same(100 + 156, 256), same(100 + 157, 257))
print(same(tuple(), ()), same(tuple([]), ()), same(frozenset(), frozenset()), same("", str()), same(b"", bytes()))
print(same(str(""), ""), same("".join([]), ""), same("abc"[0:0], ""), same(chr(65), "A"), same("xA"[1], "A"))
print(same(True, 1 == 1), same(None, print("side") or None), same(..., Ellipsis), same(NotImplemented, NotImplemented))
print(same([] , []), same({}, {}), same(float("1"), float("1")), same(int(True), 1), same(bool(5), True))
lst = [1, 2]
t = tuple(lst)
print(same(tuple(t), t), same(t[:], t), same(t[0:2], t), same(lst[:], lst), same(list(lst), lst))
s = "hello world"
print(same(s[:], s), same(s[0:len(s)], s), same(str(s), s), same(s + "", s), same(s * 1, s), same(s.strip(), s))
print(same(s.replace("z", "q"), s), same(format(s), s), same(f"{s}", s), same("%s" % s, s))
fs = frozenset([1, 2])
print(same(frozenset(fs), fs), same(fs.copy(), fs), same(fs | frozenset(), fs))
b = b"bytes!"
print(same(bytes(b), b), same(b[:], b), same(b[0:1], b"b"))
print(same(id(lst), id(lst)), id(lst) == id(lst), sys.getrefcount(None) > 100, sys.getrefcount(1) > 10)
x = 1000
y = x
print(same(x, y), same(x + 0, x), same(x * 1, x), same(abs(x), x), same(int(x), x), same(+x, x))
f = 1.5
print(same(float(f), f), same(f + 0.0, f), same(abs(f), f), same(-(-f), f))
class C:
    pass
c1, c2 = C(), C()
print(same(c1, c2), c1 == c2, c1 != c2, same(type(c1), type(c2)), same(C.__dict__, C.__dict__))
def meth_ids():
    o = C()
    o.m = None
    return same(o.__init__, o.__init__), o.__init__ == o.__init__
print(meth_ids(), same(len, len), same(C.__mro__, C.__mro__))
print(same(range(3), range(3)), same(slice(1), slice(1)), range(3) == range(3), slice(1) == slice(1))
print(same(sys, __import__("sys")), same(sys.modules["sys"], sys), same(min, __builtins__.min) if hasattr(__builtins__, "min") else "builtins")
