import copy, collections
od = collections.OrderedDict(a=1)
for fn in (copy.copy, copy.deepcopy):
    for o in (od, collections.defaultdict(list, {"k": [1]}), collections.Counter("aab"), collections.deque([1, [2]], maxlen=5), collections.namedtuple("P", "x y")(1, [2])):
        try:
            r = fn(o)
            print(fn.__name__, type(r).__name__, r, r == o)
        except Exception as e:
            print(fn.__name__, type(o).__name__, "ERR", type(e).__name__, e)
class R:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        print("reduce called")
        return (R, (self.a,), {"b": self.b, "extra": 1})
r = R([1], 5)
r2 = copy.deepcopy(r)
print(r2.a, r2.a is r.a, r2.b, r2.extra)
r3 = copy.copy(r)
print(r3.a is r.a)
class RX:
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return "RX_GLOBAL"
x = RX()
print(copy.copy(x) is x, copy.deepcopy(x) is x)
class ListLike(list):
    def __reduce__(self):
        return (ListLike, (), None, iter(self))
ll = ListLike([1, [2]])
print(type(copy.deepcopy(ll)).__name__, copy.deepcopy(ll))
class Bad:
    def __reduce__(self):
        return 5
try:
    copy.deepcopy(Bad())
except TypeError as e:
    print("Error", e)
class MyOD(collections.OrderedDict):
    pass
m = MyOD(a=[1])
m.attr = "x"
m2 = copy.deepcopy(m)
print(type(m2).__name__, m2, m2.attr, m2["a"] is m["a"])
dq = collections.deque([[1], [2]])
dq.append(dq)
dq2 = copy.deepcopy(dq)
print(dq2[2] is dq2, dq2[0] == [1], dq2[0] is dq[0], dq2.maxlen)
Pt = collections.namedtuple("Pt", "x y")
p = Pt([1], 2)
p2 = copy.deepcopy(p)
print(p2, p2.x is p.x, type(p2).__name__)
class T(tuple):
    pass
t = T([1, [2]])
print(copy.copy(t), type(copy.deepcopy(t)).__name__, copy.deepcopy(t)[1] is t[1])
dd = collections.defaultdict(lambda: "dflt", {"k": [1]})
dd2 = copy.deepcopy(dd)
print(dd2["zz"], dd2["k"] is dd["k"], dd2.default_factory is dd.default_factory)
c = collections.Counter("aab")
print(copy.deepcopy(c), type(copy.copy(c)).__name__)
