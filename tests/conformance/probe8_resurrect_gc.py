# __del__ resurrection in refcounting and in cycles; gc.garbage stays empty;
# __del__ runs once.
import gc
gc.disable()
saved = []
class R:
    count = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        R.count += 1
        print("__del__", self.name, R.count)
        saved.append(self)
r = R("solo")
del r
print(len(saved), saved[0].name)
saved.clear()
print("cleared once-resurrected: no second __del__")
a, b = R("a"), R("b")
a.other, b.other = b, a
del a, b
n = gc.collect()
print("collect found", n, "saved", sorted(x.name for x in saved), gc.garbage)
saved.clear()
print("second collect", gc.collect())
class Plain:
    pass
class D:
    def __del__(self):
        print("D.__del__ sees partner", type(self.p).__name__, self.p.tag)
x, y = D(), Plain()
x.p, y.p = y, x
y.tag = "tagged"
del x, y
print("collect", gc.collect())
print(gc.garbage)
class Chain:
    def __init__(self, n, nxt):
        self.n, self.nxt = n, nxt
    def __del__(self):
        print("Chain del", self.n)
c = Chain(1, Chain(2, Chain(3, None)))
del c
print("chain gone")
class Loop:
    def __del__(self):
        print("Loop del", gc.is_finalized(self))
l = Loop()
l.me = l
print(gc.is_finalized(l))
del l
gc.collect()
keep = []
class Once:
    def __del__(self):
        print("Once del")
        keep.append(self)
o = Once()
o.me = o
del o
gc.collect()
print(gc.is_finalized(keep[0]))
keep[0].me = None
keep.clear()
print("no second del")
gc.enable()
