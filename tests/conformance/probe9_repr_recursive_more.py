from collections import deque, OrderedDict, defaultdict
l = [1]
l.append(l)
d = {}
d["self"] = d
d["list"] = l
print(l, d)
t = (l, d)
print(t)
dq = deque([1])
dq.append(dq)
print(dq)
od = OrderedDict()
od["me"] = od
print(od)
dd = defaultdict(list)
dd["me"] = dd
print(repr(dd).replace("<class 'list'>", "list"))
class R:
    def __init__(self):
        self.other = None
    def __repr__(self):
        return "R(%r)" % (self.other,)
r = R()
r.other = [r]
try:
    repr(r)
except RecursionError:
    print("RecursionError")
s = set()
print(repr([s, [s]]), repr({1: {2: {3: {}}}}))
print(str(l) == repr(l), str(["a"]), str(("a",)), str({"k": "v"}), repr("a'b\"c"), repr('a"b'))
print(repr("\x00\x7f\x80\u20ac\n\t\\"), ascii("é€"), repr(b"\x00\x7f\x80'\""), repr(bytearray(b"'")))
