# repr of nested and recursive containers, and of user objects inside them.
from collections import OrderedDict, defaultdict, deque, Counter
l = [1, "two", 3.0, None]
l.append(l)
print(l, repr(l), str(l))
d = {"k": 1}
d["self"] = d
d["list"] = [d, l]
print(d)
t = (l, d)
print(t)
class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"
b = Box(None)
b.v = [b]
print(b, [b], {"b": b})
od = OrderedDict(a=1)
od["me"] = od
print(od)
dd = defaultdict(list)
dd["x"].append(dd)
print(dd)
dq = deque([1])
dq.append(dq)
print(dq)
s = {1, (2, 3), frozenset([4])}
print(sorted(map(repr, s)))
print(repr(frozenset()), repr(set()), repr(()), repr((1,)), repr([[]]), repr({}), repr(deque(maxlen=2)))
print(Counter("aabbbc"), Counter())
nested = [[[[[[1]]]]]]
print(nested, str(nested)[2:8])
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\t\n\x00\x7f\u00ff\u0100\U0001f600"))
print(repr(b"\x00ab\xff'"), repr(bytearray(b"x")), repr(b'"'), repr(b"'\""))
print([str(1.0), str(1e100), str(-0.0), 1e-7, 123456789012345678.0, 0.1 + 0.7])
print({1: {2: {3: [4, (5, {6})]}}})
print(repr(range(0)), range(1, 10, 3), slice(None), slice(1, "a", []))
print(repr(Ellipsis), repr(NotImplemented), [..., None, True])
