from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
c = Counter(a=3, b=-1, c=0)
print(sorted(c.elements()), c.most_common(), c.most_common(0), c.total(), Counter("zzy").most_common(1))
print(c == Counter(a=3, b=-1), c == {"a": 3, "b": -1, "c": 0}, Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) > Counter(a=1))
c["new"] += 5
print(c["new"], "x" in c, c.get("x"), len(c))
try:
    del c["missing"]
except KeyError as e:
    print("KeyError", e)
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2), list(reversed(o1)), list(reversed(o1.items())))
o1.update(c=3)
o1["a"] = 10
print(o1, o1.popitem(last=False), o1.pop("b"), o1)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict(a=1).move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(OrderedDict.fromkeys("xy", 0), o1.setdefault("q", 7), o1, o1.copy() == o1, type(o1.copy()).__name__)
dd = defaultdict(lambda: "dflt", a=1)
print(dd["a"], dd["zz"], sorted(dd.items()), type(dd.copy()).__name__, dd.copy().default_factory is dd.default_factory)
print(repr(defaultdict(list, {"k": [1]})), defaultdict(int) == {}, dict(defaultdict(int, x=1)))
d1 = deque([1, 2, 3])
print(d1 == deque([1, 2, 3]), d1 < deque([1, 2, 4]), d1 == [1, 2, 3], d1[0], d1[-1], 2 in d1)
try:
    d1[1:2]
except TypeError as e:
    print("TypeError", e)
try:
    d1[10]
except IndexError as e:
    print("IndexError", e)
d1[0] = "zero"
del d1[1]
print(d1, len(d1), list(reversed(d1)), d1.index(3), bool(deque()))
dm = deque(range(5), maxlen=5)
dm.rotate(2)
dm.extend([9, 9])
print(dm, dm.maxlen, deque(maxlen=3) == deque(), deque([1]) * 3, 2 * deque("ab"))
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError", e)
try:
    hash(deque())
except TypeError as e:
    print("TypeError", e)
P = namedtuple("P", "x y")
try:
    P._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    P(1, 2)._replace(z=3)
except ValueError as e:
    print("ValueError", e)
p = P(1, 2)
print(p == (1, 2), hash(p) == hash((1, 2)), p._fields, P._field_defaults, isinstance(p, tuple), p.count(1), p.index(2))
x, y = p
print(x, y, p[::-1], p + (3,), type(p + (3,)).__name__, repr(P(x=[1], y={})))
