a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(repr(a)))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d, (a,)]
print(b)
s = [[]]
s[0].append(s)
print(s)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.children)
n = Node(1)
n.children.append(Node(2))
print(n)
class Loop:
    def __repr__(self):
        return "Loop[%r]" % (self.other,)
l1 = Loop()
l1.other = [l1] if False else "end"
print(l1)
deep = []
cur = deep
for i in range(30):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:40], repr(deep).count("["))
t = (1, [2, (3, {4: [5]})])
print(t, str(t) == repr(t))
import collections
od = collections.OrderedDict()
od["me"] = od
print(od)
dq = collections.deque([1])
dq.append(dq)
print(dq)
dd = collections.defaultdict(list)
dd["x"].append(dd)
print(dd)
class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "R(%d)" % len(self.items)
r = R()
print([r, r], {"r": r})
x = [1]
y = [x, x]
print(y, [y, y])
import sys
lim = sys.getrecursionlimit()
class Inf:
    def __repr__(self):
        return repr(self)
try:
    repr(Inf())
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit() == lim)
