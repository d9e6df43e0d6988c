from collections import deque, Counter, OrderedDict, defaultdict, namedtuple

d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
print(d, d.maxlen, d[0], d[-1])
d.rotate(-1)
print(d, d.index(3), d.count(1))
d.extend([7, 8])
print(d)
try:
    d.index(99)
except ValueError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)
e = deque(maxlen=0)
e.append(1)
print(e, len(e))
try:
    deque(maxlen=-1)
except ValueError as e2:
    print(e2)
print(deque("abc") == deque("abc"), deque([1]) < deque([2]), repr(deque()), deque([1, 2]) * 2)
c = Counter("abracadabra")
print(c.most_common(2), c["z"], sorted(c.elements())[:5], c.total())
c2 = Counter(a=1, b=-2)
print(+c2, -c2, c + c2, c2 - Counter(a=5))
c2.subtract({"a": 3})
print(c2, Counter("ab") == Counter("ba"), Counter(a=0) == Counter())
print(Counter("aab") <= Counter("aabb"), Counter("aab") | Counter("bbc"), Counter("aab") & Counter("bbc"))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dd = defaultdict(list)
dd["x"].append(1)
print(dd, dd.default_factory, "y" in dd, dd.get("y"), len(dd))
dn = defaultdict()
try:
    dn["k"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(int, a=1)))
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, P._make([3, 4]))
try:
    P()
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    namedtuple("Q", "a a")
except ValueError as e:
    print(e)
print(namedtuple("R", "a def", rename=True)._fields)
