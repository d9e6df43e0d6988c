from collections import Counter, defaultdict, namedtuple, deque, OrderedDict
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], len(c))
c.update({"a": -10, "q": 0})
print(c, +c, -c)
c2 = Counter(a=3, b=1)
print(c2 - Counter(a=5), c2 + Counter(b=-1), c2 & Counter(a=1, b=5), c2 | Counter(c=2))
print(sorted(Counter({"x": 2, "y": 1}).elements()), Counter().most_common(), Counter(a=1).total())
c3 = Counter(a=1)
c3.subtract(a=3, b=1)
print(c3, repr(Counter()), Counter(a=2) == Counter(a=2, b=0), Counter(a=1) < Counter(a=2))
print(dict(Counter("aab")), list(Counter("bba")))
dd = defaultdict(list)
dd["a"].append(1)
print(dd, dd.default_factory, repr(defaultdict()), defaultdict(int, {"x": 1}))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
nd = defaultdict(None)
try:
    nd["missing"]
except KeyError as e:
    print("KeyError", e)
print(dd.get("nope"), "nope" in dd, len(dd))
Pt = namedtuple("Pt", "x y")
p = Pt(1, y=2)
print(p, p._asdict(), p._replace(x=5), Pt._fields, Pt._make([3, 4]), p.x + p[1])
Pd = namedtuple("Pd", ["a", "b", "c"], defaults=[9, 8])
print(Pd(1), Pd._field_defaults, Pd.__name__, Pd.__doc__)
R = namedtuple("R", "class def ok", rename=True)
print(R._fields)
for bad in (("X", "a a"), ("X", "1a"), ("X", "_a"), ("1X", "a")):
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Pt(1)
except TypeError as e:
    print("TypeError", e)
try:
    Pt(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq, dq.maxlen)
dq.rotate(1)
print(dq, dq.index(2), dq.count(2))
dq.extendleft([7, 8])
print(dq, deque(), deque("ab"), deque([1], 0), repr(deque(maxlen=2)))
dq2 = deque(range(5))
dq2.rotate(-2)
dq2.insert(1, "x")
dq2.remove(0)
print(dq2, dq2[-1], dq2.pop(), dq2.popleft(), dq2.copy(), dq2 * 2, dq2 + deque([9]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError", e)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError", e)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
