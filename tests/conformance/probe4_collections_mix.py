from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0)
dq.extend([4, 5])
print(dq, len(dq), dq.maxlen, dq[0], dq[-1])
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.popleft(), dq.pop(), dq)
dq.extendleft("ab")
print(dq, dq.count(2), dq.index(3), list(reversed(dq)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
c = Counter("abracadabra")
print(c.most_common(3), c["z"], sorted(c.elements())[:6], sum(c.values()))
c.update("aaz")
c.subtract({"a": 2})
print(c.most_common(2), c["z"], len(c))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter("ab") == Counter("ba"))
dd = defaultdict(list)
for w in ["one", "two", "three", "four"]:
    dd[len(w)].append(w)
print(dict(dd), dd[9], sorted(dd), dd.default_factory is list)
ci = defaultdict(int)
ci["x"] += 1
print(ci, repr(defaultdict(None, {1: 2})))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict.fromkeys("abcd")
od.move_to_end("a")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), Point._fields, Point._make([7, 8]))
print(p == (1, 2), isinstance(p, tuple), len(p), p[1], hash(p) == hash((1, 2)))
x, y = p
print(x, y, repr(Point(x=[1], y="s")))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
