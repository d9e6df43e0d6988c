# Probing program (issue 13, round 2): collections: deque, defaultdict, Counter, OrderedDict, namedtuple
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
dq = deque([1, 2, 3], maxlen=4)
dq.append(4)
dq.append(5)
dq.appendleft(0)
print(dq, dq.maxlen, len(dq), dq[0], dq[-1])
dq.rotate(1)
print(dq)
dq.rotate(-2)
print(dq, dq.popleft(), dq.pop(), dq)
dq.extendleft("ab")
print(dq, dq.count("a"), list(reversed(dq)))
dd = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dict(dd), dd["z"], len(dd), dd.default_factory is list)
print(repr(defaultdict(int, {"a": 1})))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["zz"], sum(c.values()))
c2 = Counter(a=1, b=10)
print(c + c2, c - c2, c & c2, c2 | Counter(a=7))
c.subtract({"a": 5})
print(c["a"], sorted(c.elements()))
od = OrderedDict()
od["x"] = 1
od["y"] = 2
od["z"] = 3
od.move_to_end("x")
print(od, list(od), od.popitem(last=False), od)
od.move_to_end("x", last=False)
print(list(od.keys()), od == OrderedDict([("x", 1), ("y", 2)]), od == {"y": 2, "x": 1})
Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x, y, p[0], p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))
try:
    p.x = 9
except AttributeError as e:
    print("AttributeError", e)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(9), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
